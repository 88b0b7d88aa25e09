"""Attacks told by a verb of a fall are violence over a period, no attack of a day, when a
participle of doing opens the phrase of their doer between, in English as in Arabic: 'Attacks
carried out by militants in Egypt have eased recently' is no attack, as 'وخفت حدة الهجمات التي
ينفذها متشددون في مصر في الفترة الأخيرة' is none; attacks so told that killed people on a day stay
attacks."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

SEPTEMBER = "2018-09-04"


@pytest.mark.parametrize(
    "text",
    [
        "Attacks carried out by militants in Egypt have eased recently.",
        "Attacks launched by militants in Sinai have declined.",
        "Attacks by militants in Egypt have eased recently.",
        "وخفت حدة الهجمات التي ينفذها متشددون في مصر في الفترة الأخيرة.",
    ],
)
def test_attacks_that_eased_are_no_event(text: str) -> None:
    assert not of_type(extract(text, SEPTEMBER), "attack"), extract(text, SEPTEMBER)


@pytest.mark.parametrize(
    "text",
    [
        "Attacks carried out by militants in Egypt killed 12 policemen on Monday.",
        "Air strikes carried out by the coalition on Saada killed 12 people on Monday.",
        "قتل 12 شرطيا في هجمات نفذها متشددون في مصر يوم الاثنين.",
    ],
)
def test_attacks_of_a_day_stay_events(text: str) -> None:
    assert of_type(extract(text, SEPTEMBER), "attack")
