"""An English relative clause in the sentence's subject with no comma around it ends where the
main clause's verb begins: "The military officers who seized power in a July 26 coup have revoked
military cooperation agreements with Paris" places the coup at home, not in France; an auxiliary
of another relative clause inside it, or a main verb that is the event word, ends nothing
(events/assemble/relative_places.py)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


def test_the_main_clause_s_names_are_not_the_relative_clause_s_deed_s():
    text = (
        "Thousands of people rallied outside a French military base in Niger's capital on Saturday. "
        "The military officers who seized power in a July 26 coup have revoked military cooperation agreements with "
        "Paris, which has about 1,500 soldiers in the country."
    )
    coups = of_type(extract(text, "2023-09-02"), "appointment")
    assert [(e["date"], e["countries"], e["location"]["country"]) for e in coups] == [("2023-07-26", ["NER"], "NER")]


@pytest.mark.parametrize(
    ("text", "event_type", "place"),
    [
        # an auxiliary of a relative clause inside the clause
        ("The men who bombed a church which was packed with worshippers in Lagos were arrested on Monday.", "attack", "Lagos"),
        ("Fighters who clashed with troops who were guarding a checkpoint in Idlib withdrew on Monday.", "attack", "Idlib"),
        # the event word is the main verb, after a relative clause of its own
        ("Troops who arrived on Monday clashed with militants that were hiding in northern Mali.", "attack", "Northern Mali"),
    ],
)
def test_an_inner_relative_or_a_main_verb_ends_no_clause(text, event_type, place):
    found = of_type(extract(text, "2023-09-02"), event_type)
    assert [e["location"]["name"] for e in found] == [place]
