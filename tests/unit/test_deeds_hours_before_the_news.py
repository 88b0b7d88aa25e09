"""A deed told in the past in a clause that a phrase of a short time opens, with its own subject
("resigned on Tuesday, hours after mutinous soldiers detained him") is a deed of its own beside
the sentence's main one, on the day the sentence tells before the phrase."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Malian President Ibrahim Boubacar Keita resigned shortly before midnight on Tuesday and dissolved parliament, "
            "hours after mutinous soldiers detained him and Prime Minister Boubou Cisse at gunpoint.",
            "2020-08-19",
            [("appointment", "2020-08-18"), ("arrest", "2020-08-18")],
        ),
        (
            "Yemen's prime minister resigned on Sunday, hours after Houthi fighters seized the presidential palace in Sanaa.",
            "2020-08-19",
            [("appointment", "2020-08-16"), ("attack", "2020-08-16")],
        ),
    ],
)
def test_both_deeds_on_the_day(text: str, published: str, expected: list[tuple[str, str]]) -> None:
    found = [(e["event_type"], e["date"]) for e in extract(text, published)]
    for item in expected:
        assert item in found, found

