"""A town's name before the capitalised name of a place in it (Garissa University College, Kabul
University, Basra Airport, a stadium or a hospital) still names the town: the
word after it is none of a family name, so the deed is placed there. A town's name before a family
name stays a person's name. A possessive before a town's name owns the town ("Iraq's Mosul",
"Russia's Hmeimim air base"): no longer name, the town is the place."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2015-04-03"  # a Friday


@pytest.mark.parametrize(
    ("text", "event_type", "city", "country"),
    [
        ("Gunmen killed 148 people at Garissa University College on Thursday.", "attack", "Garissa", "KEN"),
        ("A suicide bomber struck Mosul University on Thursday, killing 12 people.", "attack", "Mosul", "IRQ"),
        ("Three rockets hit Basra Airport on Thursday.", "attack", "Basra", "IRQ"),
        ("A car bomb exploded outside Kandahar Stadium on Thursday.", "attack", "Kandahar", "AFG"),
        ("Protesters gathered outside Aden Hospital on Thursday.", "protest", "Aden", "YEM"),
        ("Students rallied at Alexandria University on Thursday.", "protest", "Alexandria", "EGY"),
        # a town after a possessive
        ("Fighting raged in Iraq's Tal Afar on Thursday.", "attack", "Tal Afar", "IRQ"),
        ("Saudi-led jets struck Yemen's Hodeidah port on Thursday.", "attack", "Hodeidah", "YEM"),
        ("Drones attacked Russia's Hmeimim air base on Thursday.", "attack", "Hmeimim", "SYR"),
        ("Boko Haram fighters stormed Nigeria’s Gwoza on Thursday.", "attack", "Gwoza", "NGA"),
    ],
)
def test_the_town_is_the_place_of_the_deed(text: str, event_type: str, city: str, country: str) -> None:
    found = of_type(extract(text, PUB), event_type)
    assert found, text
    location = found[0]["location"] or {}
    assert (location.get("name"), location.get("country")) == (city, country), found[0]["location"]


@pytest.mark.parametrize(
    "text",
    [
        # a far town's name before a family name is a man, no place of the deed
        "Gunmen shot dead Garissa Mohamed, a local chief, on Thursday.",
        "Police arrested Bentiu Garang, a journalist, on Thursday.",
    ],
)
def test_a_town_name_before_a_family_name_is_no_place(text: str) -> None:
    found = extract(text, PUB)
    assert all((e["location"] or {}).get("precision") != "city" for e in found), [(e["trigger"], e["location"]) for e in found]


def test_an_international_airport_named_after_a_person_is_no_town() -> None:
    found = of_type(extract("Protesters gathered at Kennedy International Airport in New York on Thursday.", PUB), "protest")
    assert [(e["location"] or {}).get("country") for e in found] == ["USA"]
