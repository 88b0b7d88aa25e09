"""A deal initialled ("it was initialled in Oslo on August 20", "Balkan leaders initialled a peace
deal in Dayton") was reached on that day; initial talks or an initial offer are none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The agreement between Israel and the PLO was hammered out in secret talks in Norway, and it was initialled in Oslo on August 20.",
            "1993-09-13",
            ("agreement", "1993-08-20"),
        ),
        ("Serbia, Croatia and Bosnia initialed a peace deal in Dayton, Ohio on Tuesday.", "1995-11-22", ("agreement", "1995-11-21")),
    ],
)
def test_initialled(text: str, published: str, expected: tuple[str, str]) -> None:
    found = [(e["event_type"], e["date"]) for e in extract(text, published)]
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    ["Serbia made an initial offer of territory to Bosnia on Tuesday.", "The initial draft of the Bosnian constitution was rejected."],
)
def test_nothing_initialled(text: str) -> None:
    assert not [e for e in extract(text, "1995-11-22") if e["event_type"] == "agreement"]
