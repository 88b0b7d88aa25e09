"""An outcome of talks signed or agreed at, during or on the sidelines of a summit or talks ("signed
a declaration at their annual summit in Al-Ula on Tuesday", "وقع البلدان اتفاقية خلال قمة افتراضية"):
the summit was held too, on the outcome's day, even when the outcome has no day of its own."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2021-01-06"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ('Gulf Arab leaders signed a "solidarity and stability" declaration at their annual summit in Al-Ula on Tuesday.', "2021-01-05"),
        ("The two presidents signed a defence pact during talks in Cairo on Monday.", "2021-01-04"),
        ("Britain and France signed two defence treaties on the sidelines of a summit in London on Tuesday.", "2021-01-05"),
        # no day of its own: both the article's news
        ("Arab leaders signed a declaration on water security at their summit in Muscat.", "2021-01-06"),
        ("وقعت الإمارات والهند أمس اتفاقية الشراكة الاقتصادية خلال قمة افتراضية جمعت قادة البلدين.", "2021-01-05"),
    ],
)
def test_the_summit_an_outcome_came_at_was_held(text: str, date: str) -> None:
    found = extract(text, PUB)
    assert [e["date"] for e in of_type(found, "meeting")] == [date]
    assert [e["date"] for e in of_type(found, "agreement")] == [date]


@pytest.mark.parametrize(
    "text",
    [
        # a place, no sitting
        "The two ministers signed the accord at a hotel in Doha on Tuesday.",
        # a summit to come
        "The leaders will sign the declaration at their summit in Al-Ula next week.",
    ],
)
def test_no_summit_without_a_sitting_held(text: str) -> None:
    assert of_type(extract(text, PUB), "meeting") == []
