"""A negation of a verb governs that verb and what it asserts, not a deed named inside a
complement of origin or time of it ("has not recovered from the invasion", "لم تتعاف من
الغزو"): that deed took place. A verb of forgetting or ignoring negated recalls its object.
The negated verb's own deed, its object, a denial and a prevented deed stay unreal."""

from __future__ import annotations

import pytest
from test_events_set_past_a_negated_deed import _modalities


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Kuwait has not recovered from the Iraqi invasion of Kuwait in 1990.", "invasion"),
        ("Kuwait has not been the same since the Iraqi invasion of Kuwait in 1990.", "invasion"),
        ("The exiles did not return after the invasion of Kuwait in 1990.", "invasion"),
        ("No attacks were reported after the ceasefire in Syria.", "ceasefire"),
        ("Kuwait never forgot the Iraqi invasion of Kuwait in 1990.", "invasion"),
        ("Kuwait has not forgotten the Iraqi invasion of Kuwait in 1990.", "invasion"),
        ("لم تتعاف الكويت من الغزو العراقي للكويت عام 1990.", "الغزو"),
        ("لم تتعاف من الغزو العراقي للكويت عام 1990.", "الغزو"),
        ("لم ينس الكويتيون الغزو العراقي للكويت عام 1990.", "الغزو"),
    ],
)
def test_a_deed_in_a_complement_of_a_negated_verb_took_place(text, word) -> None:
    assert _modalities(text)[word] == "asserted"


@pytest.mark.parametrize(
    ("text", "word", "modality"),
    [
        ("The army did not attack the town on Monday.", "attack", "negated"),
        ("The army never attacked the town.", "attacked", "negated"),
        ("No troops were sent to Kuwait.", "troops were sent", "negated"),
        ("Iraq denied that it carried out the air strike on Kuwait.", "air strike", "denied"),
        ("The army has not attacked the town since Monday.", "attacked", "negated"),
        ("لم يقصف الجيش المدينة يوم الاثنين.", "يقصف", "negated"),
        # the من of the cue itself, of a part, of purpose: no complement of origin
        ("لم يتمكن من شن هجوم على المدينة.", "شن", "negated"),
    ],
)
def test_the_negated_verb_and_its_object_stay_negated(text, word, modality) -> None:
    assert _modalities(text)[word] == modality
