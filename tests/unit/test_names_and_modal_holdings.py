"""- An election that "can be held" or a meeting that "could take place" is no event.
- "treaty" naming what binds allies ("its treaty ally", "treaty obligations") tells no agreement;
  "Visiting" as an adjective ("the Visiting Forces Agreement", "a visiting professor") no trip."""

from __future__ import annotations

import pytest
from test_extraction_support import asserted_words, extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "kind"),
    [
        ("Guaido pledged to lead a transitional government in Venezuela until free elections can be held.", "2019-01-24", "election"),
        ("Officials in Qatar said talks between the Taliban and Kabul could take place next week.", "2020-03-02", "meeting"),
    ],
)
def test_a_deed_that_can_be_held_is_no_event(text: str, published: str, kind: str) -> None:
    assert not of_type(extract(text, published), kind)


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        ("Obama said Washington's commitment to defend its treaty ally was ironclad.", "agreement", []),
        ("Japan said it would honour its treaty obligations.", "agreement", []),
        ("Obama and Aquino signed the treaty on Monday.", "agreement", ["signed"]),
        ("The Senate ratified a Visiting Forces Agreement in 1999.", "visit", []),
        ("He was a visiting professor at Cairo University.", "visit", []),
        ("Obama is visiting Manila this week.", "visit", ["visiting"]),
        ("Putin visited forces deployed in Syria on Tuesday.", "visit", ["visited"]),
        (
            "Duterte said he would scrap the Visiting Forces Agreement after Esper visited Manila on Monday.",
            "visit",
            ["visited"],
        ),
    ],
)
def test_words_that_qualify_the_noun_after_them(text: str, kind: str, words: list[str]) -> None:
    assert asserted_words(text, kind) == words
