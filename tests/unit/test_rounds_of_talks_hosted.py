"""A state that hosted rounds of talks held them, and stays one of their sides; rounds of anything
else are no talks; a host's guest told before talks it hosted the next day is a visit."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("Oman hosted several rounds of talks between Iranian and Saudi officials in 2021.", "2023-03-11", "2021"),
    ],
)
def test_the_talks_were_held(text: str, published: str, date: str) -> None:
    found = [(e["event_type"], e["date"]) for e in extract(text, published)]
    assert ("meeting", date) in found, found


def test_the_host_stays_a_side() -> None:
    text = "Qatar, which has hosted rounds of talks between the U.S. and the Taliban since 2018, condemned the attack on Monday."
    found = [(e["event_type"], e["date"], set(e["countries"])) for e in extract(text, "2024-01-10")]
    assert [f for f in found if f[:2] == ("meeting", "2018") and "QAT" in f[2]], found


def test_a_visit_and_talks_the_next_day_stay_apart() -> None:
    text = "Egypt hosted the Palestinian president on Monday and the next day hosted talks between Fatah and Hamas."
    found = [(e["event_type"], e["date"]) for e in extract(text, "2024-01-10")]
    assert ("visit", "2024-01-08") in found, found


def test_rounds_of_golf_are_no_talks() -> None:
    found = [e["event_type"] for e in extract("The Moroccan club hosted several rounds of golf for amateurs in March.", "2015-12-17")]
    assert "meeting" not in found, found
