"""A leader told as held by his own presidential guard since a time ("Bazoum has been held by his
own presidential guard since the soldiers seized power on Wednesday") is detained from then, as
one held by the military is; talks or a ceremony held by a guard are no detention."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Niger's President Mohamed Bazoum has been held by his own presidential guard since the soldiers seized power on Wednesday.", "2023-07-26"),
        ("Niger's President Mohamed Bazoum has been held by his presidential guard since Wednesday.", "2023-07-26"),
        ("Egypt's President Mohamed Mursi has been held by the military since Wednesday.", "2023-07-26"),
    ],
)
def test_held_since(text: str, date: str) -> None:
    found = [(e["event_type"], e["date"]) for e in extract(text, "2023-07-31")]
    assert ("arrest", date) in found, found


def test_a_ceremony_held_by_the_guard() -> None:
    events = extract("A ceremony has been held by the presidential guard in Niamey since 1960 every year.", "2023-07-31")
    assert not [e for e in events if e["event_type"] == "arrest"]
