"""A place the gazetteer does not know, named after a noun of a settlement and before the
nisba of its country (`في بلدة زوربلين التركية`, `the Turkish town of Zorbelin`), or a
country's side of a border (`the Turkish side of the border`), is a place of that country,
not a known place of another country named beside it (`قرب زاخو`, `near Zakho`)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.places import find_places, load_gazetteer
from events.text.normalize import fold


def _places(text: str) -> list[tuple[str, str]]:
    return [(p.country, p.precision) for p in find_places(text, fold(text), load_gazetteer())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وصلت التعزيزات إلى بلدة زوربلين التركية مساء أمس.", [("TUR", "region")]),
        ("وصلت التعزيزات إلى قرية عين زوربلين السورية مساء أمس.", [("SYR", "region")]),
        ("Reinforcements reached the Turkish town of Zorbelin last night.", [("TUR", "region")]),
        ("Troops massed on the Turkish side of the border last night.", [("TUR", "region")]),
        # no name, or no nisba of one country: nothing new
        ("سيطرت القوات على مدينة رئيسية في اليمن.", [("YEM", "country")]),
        ("قتل جنديان في هجوم على منطقة حدود التركية السورية.", []),
    ],
)
def test_a_place_named_by_its_country_nisba(text, expected):
    assert _places(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "أجرت القوات التركية والعراقية الثلاثاء مناورات عسكرية مشتركة في بلدة زوربلين التركية قرب زاخو.",
        "Turkish and Iraqi troops held joint exercises in the Turkish border town of Zorbelin, near Zakho, on Tuesday.",
        "Turkish troops and Iraqi forces held joint military exercises on the Turkish side of the border last week.",
    ],
)
def test_the_exercise_is_where_the_nisba_puts_it(text):
    events = extract(text, "2017-09-28")
    found = of_type(events, "military_exercise")
    assert [(e["location"] or {}).get("country") for e in found] == ["TUR"], events
