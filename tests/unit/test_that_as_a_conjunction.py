"""English "that" before a word telling a deed in the past is a conjunction, no pointer back at
an event told before; a deed told "on the same day that" after a sentence opening on the news
("The breakthrough came on the same day that ...") is of the news's day."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.assemble.text import _is_anaphoric

_TEXT = (
    "BAGHDAD (AP) - Iraq and Syria restored full diplomatic relations Tuesday, ending a rift of nearly a "
    "quarter century.\n\nThe Syrian foreign minister arrived in Baghdad on Sunday, the most senior Syrian "
    "official to visit since the U.S.-led invasion of 2003.\n\nThe United States imposed economic sanctions on "
    "Syria in May 2004.\n\nThe diplomatic breakthrough came on the same "
    "day that gunmen shot dead Lebanese Industry Minister Pierre Gemayel in his car in a suburb of Beirut."
)


def test_a_killing_after_that_is_told_on_the_news_day() -> None:
    found = of_type(extract(_TEXT, "2006-11-22"), "attack")
    assert ("2006-11-21", "LBN") in [(e["date"], (e["location"] or {}).get("country")) for e in found], found


@pytest.mark.parametrize(
    ("text", "word", "past", "anaphoric"),
    [
        ("on the same day that gunmen shot dead the minister", "gunmen", True, False),
        ("Officials condemned that attack on Sunday.", "attack", False, True),
        ("Officials said that attack killed 12.", "attack", False, True),
        ("These strikes hit the port.", "strikes", False, True),
    ],
)
def test_that_before_a_past_deed(text: str, word: str, past: bool, anaphoric: bool) -> None:
    assert _is_anaphoric(text, text.index(word), past) is anaphoric


def test_the_same_day_as_the_last_deed_otherwise() -> None:
    text = (
        "Iraq and Syria restored full diplomatic relations on Tuesday, Nov. 21. The Syrian foreign minister "
        "arrived in Baghdad on Sunday, Nov. 19. Later that same day gunmen shot dead a Lebanese minister in Beirut."
    )
    found = of_type(extract(text, "2006-11-22"), "attack")
    assert [e["date"] for e in found] == ["2006-11-19"], found


@pytest.mark.parametrize(
    "text",
    [
        "BAGHDAD (Reuters) - Iraq's Shi'ite cleric Moqtada al-Sadr ordered his fighters off the streets of Basra on "
        'Sunday. He also demanded that the government halt "illegal raids" and free detained followers, and said his '
        "militia would not give up its weapons.",
        "CAIRO - Egypt's opposition urged the government on Sunday to free detained supporters of the former president.",
    ],
)
def test_a_participle_of_holding_before_followers_is_an_epithet(text: str) -> None:
    assert not of_type(extract(text, "2008-03-31"), "arrest")
