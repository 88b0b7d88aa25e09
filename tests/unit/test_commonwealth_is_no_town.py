"""The Commonwealth of nations is no place: the Quezon City district GeoNames lists under that
name is no town of a news story ("his first state visit to a Commonwealth country")."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "visited"),
    [
        ("Britain's King Charles arrived in Kenya on Monday for a four-day state visit, his first to a Commonwealth country since becoming king.", "KEN"),
        ("Britain's Prince Charles arrived in Rwanda on Tuesday for the Commonwealth summit in Kigali, his first visit to the country.", "RWA"),
    ],
)
def test_the_commonwealth_places_no_visit(text: str, visited: str) -> None:
    visits = of_type(extract(text, "2023-10-31"), "visit")
    assert visits and all("PHL" not in v["countries"] for v in visits)
    assert (visits[0]["location"] or {}).get("country") == visited
