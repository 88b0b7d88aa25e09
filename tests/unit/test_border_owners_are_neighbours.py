"""A country named as the owner of a border a place lies near ("near the Turkish border", «قرب
الحدود التركية»، «محاذية للحدود التركية») is a neighbour, neither a party nor the place of the
deed told there, as one named after "near the border with" is; a town named before a border
crossing ("near the Habur border crossing") is the place, and a sentence with no other place keeps
the country it names."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2018-03-27"


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Russian jets struck a town in Idlib province near the Turkish border on Sunday.", ["RUS", "SYR"]),
        ("قصفت الطائرات الروسية يوم الأحد بلدة في ريف إدلب قرب الحدود التركية.", ["RUS", "SYR"]),
        ("قصفت الطائرات الروسية يوم الأحد بلدة في ريف إدلب محاذية للحدود التركية.", ["RUS", "SYR"]),
        ("Houthi drones hit an oil facility in Marib near the Saudi border on Sunday.", ["YEM"]),
        ("قصفت القوات السورية يوم الأحد قرية في ريف إدلب قرب الحدود التركية.", ["SYR"]),
    ],
)
def test_border_owner_is_no_side_of_the_attack(text: str, countries: list[str]) -> None:
    attacks = of_type(extract(text, PUBLISHED), "attack")
    assert [sorted(a["countries"]) for a in attacks] == [countries], attacks


@pytest.mark.parametrize(
    ("text", "event_type", "country"),
    [
        # a town before a border crossing is the place
        ("Iraqi troops joined Turkish soldiers for military exercises near the Habur border crossing on Sunday.", "military_exercise", "TUR"),
        # no other place: the country named stays
        ("Clashes erupted near the Turkish border on Sunday.", "attack", "TUR"),
        ("اندلعت اشتباكات قرب الحدود التركية يوم الأحد.", "attack", "TUR"),
    ],
)
def test_border_names_that_stay(text: str, event_type: str, country: str) -> None:
    found = of_type(extract(text, PUBLISHED), event_type)
    assert found and country in found[0]["countries"], found
