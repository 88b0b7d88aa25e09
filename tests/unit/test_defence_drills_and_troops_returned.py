"""An exercise named by its kind of defence or combat (a two-day air defence exercise, an
amphibious drill) is a military exercise, as a naval one is; troops told as being in a land
where they returned at a time were deployed there then; troops returned home or to their
barracks were not."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2020-01-08"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Iran's armed forces began a two-day air defence exercise on Monday across a large area of the country's north.", "2020-01-06"),
        ("Egyptian and Saudi marines held an amphibious drill off the Red Sea coast of Egypt on Monday.", "2020-01-06"),
    ],
)
def test_a_drill_named_by_its_kind_of_defence_is_an_exercise(text: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, PUB), "military_exercise")] == [date]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("About 5,200 U.S. troops are stationed in Iraq, where they returned in 2014 to help fight Islamic State.", ["2014"]),
        (
            "Some 5,000 American troops are in Iraq, where they returned in 2014 at the invitation of the Iraqi government.",
            ["2014"],
        ),
        # home or to their barracks: no force sent
        ("The wounded soldiers left Iraq for Germany, where they returned to their barracks in 2014.", []),
    ],
)
def test_troops_in_a_land_where_they_returned_were_deployed(text: str, dates: list[str]) -> None:
    assert [e["date"] for e in of_type(extract(text, PUB), "deployment")] == dates


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # forces that retook a town where they came back: the attack, no deployment
        ("Iraqi forces retook Ramadi, where they returned on Monday for the first time since 2015.", "deployment"),
        ("The soldiers withdrew to Turkey, where they returned to their bases on Monday.", "deployment"),
        # a team's or civil defence's drill
        ("The national team completed a tactical exercise in Doha in Qatar on Monday.", "military_exercise"),
        ("Civil defence teams held a combat drill in Amman in Jordan on Monday.", "military_exercise"),
    ],
)
def test_no_deployment_nor_exercise(text: str, event_type: str) -> None:
    assert of_type(extract(text, PUB), event_type) == []


def test_live_fire_air_defence_drills_are_an_exercise() -> None:
    text = "Egypt's army held live-fire air defence drills on Tuesday near the Sudanese border."
    assert of_type(extract(text, PUB), "military_exercise")


def test_troops_stationed_where_they_returned_were_deployed() -> None:
    text = "Some 2,500 U.S. troops stationed in Iraq, where they returned in 2014 to help fight Islamic State, will stay."
    assert [e["date"] for e in of_type(extract(text, PUB), "deployment")] == ["2014"]
