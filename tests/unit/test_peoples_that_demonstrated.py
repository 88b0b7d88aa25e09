"""A people named by its plural demonym that demonstrated in a place protested; a resolve or an
ability a people demonstrated in a vote or a test is no protest."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Palestinians demonstrated in the occupied West Bank and in Gaza on Tuesday.", ("protest", "2020-09-15")),
        ("Iraqis demonstrated outside the Turkish embassy in Baghdad on Monday.", ("protest", "2020-09-14")),
    ],
)
def test_the_people_protested(text: str, expected: tuple[str, str]) -> None:
    found = [(e["event_type"], e["date"]) for e in extract(text, "2020-09-15")]
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The resolve that Iraqis demonstrated in the 2005 vote impressed observers.",
        "The capabilities Iranians demonstrated in tests last year worried Israel.",
    ],
)
def test_no_protest(text: str) -> None:
    found = [e["event_type"] for e in extract(text, "2020-09-15")]
    assert "protest" not in found, found
