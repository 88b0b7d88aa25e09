""""The Old City of Mosul" is a quarter of the town named after it, not the Old City of
Jerusalem that the gazetteer holds under that name; "Jerusalem's Old City" stays Jerusalem's."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "country"),
    [
        (
            "Iraqi forces launched an assault on Sunday on the Old City of Mosul, the last district held by the Islamic State group.",
            "2017-06-20",
            "IRQ",
        ),
        ("Yemeni troops shelled the old city of Sanaa on Tuesday.", "2015-06-10", "YEM"),
        ("Israeli police clashed with Palestinian worshippers in Jerusalem's Old City on Friday.", "2017-07-20", "PSE"),
    ],
)
def test_the_old_city_is_the_town_s(text: str, published: str, country: str) -> None:
    found = of_type(extract(text, published), "attack")
    assert [(e["location"] or {}).get("country") for e in found] == [country], found
