"""A town told by its noun that fell, with no taker named ("The northern city of Mazar-i-Sharif
fell on Saturday", «وسقطت مدينة مزار شريف يوم السبت»), was taken: an attack (CAMEO 192) on the
day told with it. Not a town whose prices, turnout, rain or silence fell, nor one that fell into
chaos, asleep or short; not a shell that fell on a town."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2021-08-16"


@pytest.mark.parametrize(
    ("text", "day", "place"),
    [
        ("The Taliban's advance took ten days. The northern city of Mazar-i-Sharif fell on Saturday.", "2021-08-14", "Mazar-i-Sharif"),
        ("Rebels advanced quickly. The city of Kabul fell on Sunday.", "2021-08-15", "Kabul"),
        ("وتقدمت حركة طالبان بسرعة. وسقطت مدينة مزار شريف يوم السبت.", "2021-08-14", "Mazar-i-Sharif"),
        ("سقطت العاصمة كابول يوم الأحد دون قتال.", "2021-08-15", "Kabul"),
    ],
)
def test_a_town_that_fell_was_taken(text: str, day: str, place: str) -> None:
    found = [e for e in of_type(extract(text, PUBLISHED), "attack") if e["date"] == day]
    assert [(e["location"] or {}).get("name") for e in found] == [place], found
    assert all(e["cameo"] == "192" for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The city of Mosul fell silent on Saturday.",
        "Prices in the city of Mosul fell by 10 percent on Saturday.",
        "Turnout in the town of Kunduz fell sharply on Saturday.",
        "The town of Kunduz fell into chaos on Saturday as protesters burned tyres.",
        "Snow fell on the city of Kabul on Saturday.",
        "وسقطت مدينة حلب في الفوضى يوم السبت.",
        "وسقطت أمطار غزيرة على مدينة حلب يوم السبت.",
        "وسقط ضحايا في مدينة حلب يوم السبت بسبب العاصفة.",
    ],
)
def test_no_town_taken(text: str) -> None:
    found = of_type(extract(text, PUBLISHED), "attack")
    assert found == [], found
