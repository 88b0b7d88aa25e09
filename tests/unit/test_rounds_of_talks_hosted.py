"""A state that hosted rounds of talks or of a dialogue held them; rounds of anything else are no
talks."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("Morocco has hosted rounds of the U.N.-led Libyan dialogue since March.", "2015-12-17", "2015-03"),
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


def test_rounds_of_golf_are_no_talks() -> None:
    found = [e["event_type"] for e in extract("The Moroccan club hosted several rounds of golf for amateurs in March.", "2015-12-17")]
    assert "meeting" not in found, found
