"""Central America, Latin America, South and North America name regions of several states, not
the United States that "America" alone names («أمريكا الوسطى», "Central America's first coup")."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

from events.places import find_places
from events.resources import load_resources
from events.text.normalize import fold


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers seized the president on Sunday, in Central America's first military coup since the Cold War.",
        "The Central American nation held talks on Sunday.",
        "انقلاب عسكري في أمريكا الوسطى.",
        "قمة لدول أمريكا اللاتينية.",
        "دول أميركا الجنوبية.",
        "في أمريكا الشمالية.",
    ],
)
def test_a_region_of_the_americas_is_no_united_states(text: str) -> None:
    assert [p.country for p in find_places(text, fold(text), load_resources().gazetteer)] == []


@pytest.mark.parametrize(("text", "name"), [("زار الرئيس أمريكا الشهر الماضي.", "أمريكا"), ("He flew to America on Sunday.", "America")])
def test_america_alone_is_the_united_states(text: str, name: str) -> None:
    assert [(p.text, p.country) for p in find_places(text, fold(text), load_resources().gazetteer)] == [(name, "USA")]


def test_the_region_adds_no_country_to_the_coup() -> None:
    found = extract(
        "وأدى رئيس البرلمان الهندوراسي اليمين رئيسا مؤقتا الأحد، في أول انقلاب عسكري في أمريكا الوسطى منذ نهاية الحرب الباردة.",
        "2009-06-29",
    )
    assert found and all("USA" not in ev["countries"] for ev in found), found
