"""Protesters told gathering in a city far from the article's main protest ("Thousands rallied in
Baghdad on Friday, as protesters also gathered in Basra", «كما تظاهر محتجون في مدينة البصرة»,
"Protesters also gathered in Basra on Friday", «وتجمع المحتجون في البصرة») are another protest,
placed in that city, in the same sentence or the next; the protesters told again in the main
protest's city, or with no city of their own, are that protest."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

PUBLISHED = "2018-05-01"
_LEAD_EN = "Thousands of protesters rallied in Baghdad on Friday"
_LEAD_AR = "تظاهر آلاف المحتجين في بغداد يوم الجمعة"


def _places(text: str) -> list[str]:
    return sorted((e["location"] or {}).get("name") or "" for e in extract(text, PUBLISHED) if e["event_type"] == "protest")


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (_LEAD_EN + ", as protesters also gathered in Basra.", ["Baghdad", "Basra"]),
        (_LEAD_AR + "، كما تظاهر محتجون في مدينة البصرة.", ["Baghdad", "Basra"]),
        (_LEAD_EN + ". Protesters also gathered in Basra on Friday.", ["Baghdad", "Basra"]),
        (_LEAD_AR + ". وتجمع المحتجون في البصرة ورددوا هتافات.", ["Baghdad", "Basra"]),
        # the same protest told again: in its own city, or in no city of its own
        (_LEAD_EN + ", as protesters also gathered in Tahrir Square in Baghdad.", ["Baghdad"]),
        (_LEAD_AR + "، كما تظاهر محتجون في ساحة التحرير.", ["Baghdad"]),
        (_LEAD_EN + ". The protesters gathered in Baghdad and chanted slogans.", ["Baghdad"]),
        (_LEAD_AR + ". وتجمع المحتجون في بغداد ورددوا هتافات.", ["Baghdad"]),
    ],
)
def test_protesters_in_a_distant_city_are_another_protest(text, places):
    assert _places(text) == places
