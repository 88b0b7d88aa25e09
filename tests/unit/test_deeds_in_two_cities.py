"""Two deeds of one type and day, each placed by its own sentence in a different city of one
country, are two events."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "kind", "places"),
    [
        (
            "Drones struck the centre of Mosul on Friday, police said. "
            "Drones struck an army base in Kirkuk on Friday.",
            "attack",
            ["Kirkuk", "Mosul"],
        ),
        (
            "قصفت طائرات مسيرة وسط مدينة الموصل يوم الجمعة، بحسب الشرطة. "
            "وقصفت طائرات مسيرة قاعدة للجيش في كركوك يوم الجمعة.",
            "attack",
            ["Kirkuk", "Mosul"],
        ),
        (
            "Thousands of students protested in Basra on Friday to demand jobs. "
            "Hundreds of workers protested in Najaf on Friday.",
            "protest",
            ["Basra", "Najaf"],
        ),
        (
            "تظاهر آلاف الطلاب في مدينة البصرة يوم الجمعة للمطالبة بالوظائف. "
            "وتظاهر مئات العمال في مدينة النجف يوم الجمعة.",
            "protest",
            ["Basra", "Najaf"],
        ),
    ],
)
def test_deeds_in_two_cities_are_two(text, kind, places):
    events = of_type(extract(text, "2024-05-11"), kind)
    assert sorted((e.get("location") or {}).get("name") for e in events) == places
