"""Trucks carrying food, water, medicine or fuel, and a convoy of trucks that crossed into a
place (شاحنات تحمل الغذاء، قافلة من 20 شاحنة), are aid sent; a convoy of the army is not."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


def _aid(text: str, published: str) -> list[dict]:
    return [e for e in extract(text, published) if e["event_type"] == "aid"]


@pytest.mark.parametrize(
    ("text", "published", "count", "date"),
    [
        ("A convoy of 40 trucks crossed into the besieged city of Daraa from the north on Monday.", "2022-05-10", 1, "2022-05-09"),
        ("On Monday, 60 lorries carrying flour and medicine entered the Gaza Strip through the southern crossing.", "2022-05-10", 1, "2022-05-09"),
        ("وعبرت قافلة من 40 شاحنة إلى مدينة درعا المحاصرة من جهة الشمال الاثنين.", "2022-05-10", 1, "2022-05-09"),
        ("ودخلت الاثنين 60 شاحنة تحمل الطحين والأدوية إلى قطاع غزة عبر المعبر الجنوبي.", "2022-05-10", 1, "2022-05-09"),
        # a convoy of the army is forces sent, not aid
        ("A military convoy of 30 trucks crossed into Idlib province on Monday.", "2022-05-10", 0, None),
        ("وعبرت قافلة عسكرية من 30 شاحنة إلى محافظة إدلب الاثنين.", "2022-05-10", 0, None),
    ],
)
def test_trucks_of_relief_are_aid(text, published, count, date):
    found = _aid(text, published)
    assert len(found) == count
    if date:
        assert found[0]["date"] == date
