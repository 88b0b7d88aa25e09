"""A landslide won ("and won again in a landslide in 2015") is an election, told far from the party
that won it; a landslide of earth is none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Aung San Suu Kyi's party in Myanmar won a 1990 election that the military refused to recognise, "
            "and won again in a landslide in 2015, ending nearly half a century of army rule.",
            [("election", "1990"), ("election", "2015")],
        ),
        ("Myanmar's ruling party said its leader wins in a landslide, the first count showed on Sunday.", [("election", "2021-01-31")]),
    ],
)
def test_the_landslide_won(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(e["event_type"], e["date"]) for e in extract(text, "2021-02-01")]
    for item in expected:
        assert item in found, found


@pytest.mark.parametrize(
    "text",
    [
        "A landslide in northern Myanmar buried dozens of jade miners on Thursday.",
        "A landslide won headlines in Myanmar after it buried dozens of jade miners on Thursday.",
    ],
)
def test_a_landslide_of_earth(text: str) -> None:
    assert not [e for e in extract(text, "2021-02-01") if e["event_type"] == "election"]
