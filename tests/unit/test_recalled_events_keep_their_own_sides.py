"""A well-known event of a past year, recalled in a story of another ("the movement of Fethullah
Gulen, which it accuses of being behind the coup attempt in 2016", «جماعة فتح الله غولن التي
تتهمها بالوقوف وراء محاولة الانقلاب في 2016»), is the catalogued event, placed where the catalog
places it, and the state of the present story is no side of it; an event of the story itself
keeps the sides and place its sentence gives (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan authorities on Friday barred a Turkish plane from taking off with a teacher whom Ankara links to "
        "the movement of Fethullah Gulen, which it accuses of being behind the coup attempt in 2016.",
        "Kenyan authorities on Friday barred a Turkish plane from taking off with a teacher whom Ankara links to "
        "the movement of Fethullah Gulen, which it accuses of being behind the 2016 coup attempt.",
        "منعت سلطات كينيا الجمعة طائرة تركية من الإقلاع وعلى متنها مدرس تتهمه أنقرة بالارتباط بجماعة فتح الله غولن "
        "التي تتهمها بالوقوف وراء محاولة الانقلاب في 2016.",
    ],
)
def test_a_recalled_coup_has_the_catalog_s_sides_and_place(text: str) -> None:
    found = [e for e in of_type(extract(text, "2018-07-28"), "attack") if e["date"].startswith("2016")]
    assert found, found
    coup = found[0]
    assert coup["countries"] == ["TUR"], coup
    assert (coup["location"] or {}).get("country") == "TUR", coup
    assert coup["actor2"] != "KEN", coup


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Kenyan forces attacked Somalia's al-Shabaab in Mogadishu on Friday.", {"KEN", "SOM"}),
        ("هاجمت القوات الكينية حركة الشباب في مقديشو يوم الجمعة.", {"KEN", "SOM"}),
    ],
)
def test_an_event_of_the_story_keeps_its_own_sides(text: str, countries: set[str]) -> None:
    found = of_type(extract(text, "2018-07-28"), "attack")
    assert found and countries <= set(found[0]["countries"]), found
