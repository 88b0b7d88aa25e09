"""Common words of news are no towns GeoNames lists under them: the Commonwealth of nations is
no Quezon City district ("his first state visit to a Commonwealth country"), and الفصائل, the
factions, is no Al Fasayil in the West Bank."""

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


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # الفصائل, the factions, is no Al Fasayil in the West Bank
        ("عقدت الفصائل الفلسطينية اجتماعا في القاهرة أمس.", "EGY"),
        ("عقدت الفصائل الفلسطينية اجتماعا أمس في العاصمة المصرية القاهرة.", "EGY"),
        ("اجتمعت الفصائل الليبية في جنيف أمس.", "CHE"),
    ],
)
def test_the_factions_are_no_town(text: str, place: str) -> None:
    meetings = of_type(extract(text, "2023-05-10"), "meeting")
    assert [(m["location"] or {}).get("country") for m in meetings] == [place]
