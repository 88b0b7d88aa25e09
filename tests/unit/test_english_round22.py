"""Crowds storming a building, and crowd-control fire with a long object: sentence shapes
read in the twenty-second English round."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # a crowd of supporters or students storming a building protests
        ("Hundreds of the cleric's supporters stormed the parliament building in Baghdad on Saturday.", "2022-07-31", "2022-07-30"),
        ("Thousands of students stormed the education ministry in Tunis on Tuesday.", "2022-07-31", "2022-07-26"),
        ("Crowds stormed the governor's residence in Basra on Monday, witnesses said.", "2022-07-31", "2022-07-25"),
    ],
)
def test_a_crowd_storming_a_building_is_a_protest(text, published, day):
    found = extract(text, published)
    assert [e["date"] for e in of_type(found, "protest")] == [day]
    assert of_type(found, "attack") == []


@pytest.mark.parametrize(
    "text",
    [
        # armed men storming a place attack; no protest
        "Hundreds of soldiers stormed the rebel-held town near Mosul on Saturday.",
        "Thousands of fighters stormed the district of Marib on Monday.",
    ],
)
def test_armed_men_storming_is_no_protest(text):
    assert of_type(extract(text, "2022-07-31"), "protest") == []


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # fire of tear gas and live rounds at a crowd, the weapons told at length
        ("Security forces fired tear gas and live ammunition at tens of thousands of protesters marching in Khartoum on Thursday, killing five people.", "2022-07-01", "2022-06-30"),
        ("Police fired tear gas, rubber bullets and stun grenades at demonstrators in Baghdad on Sunday.", "2022-07-05", "2022-07-03"),
    ],
)
def test_crowd_control_fire_told_at_length_is_an_attack(text, published, day):
    found = of_type(extract(text, published), "attack")
    assert [e["date"] for e in found] == [day]


@pytest.mark.parametrize(
    ("text", "published", "year"),
    [
        # a state in force since a clause that closes with its year began in that year
        ("Israel and Egypt have kept a blockade on Gaza since Hamas took over the strip in 2007.", "2019-05-06", "2007"),
        ("Washington has kept a blockade on Cuba since Fidel Castro seized power in 1959.", "2019-05-06", "1959"),
    ],
)
def test_a_state_since_a_clause_ending_in_a_year_is_dated_by_that_year(text, published, year):
    found = of_type(extract(text, published), "sanctions")
    assert [e["date"] for e in found] == [year]


def test_a_comparison_since_a_clause_gives_no_year():
    # a superlative before "since" compares with that time: the sanctions are of the day
    text = "Washington imposed the biggest sanctions on Iran since the clerics took power in 1979."
    assert [e["date"] for e in of_type(extract(text, "2019-05-07"), "sanctions")] == ["2019-05-07"]
