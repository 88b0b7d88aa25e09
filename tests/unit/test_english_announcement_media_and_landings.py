"""Announcements dated after a phrase of their medium, deeds counted back from the day before the
count, and rescue teams arriving: sentence shapes."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        # a short phrase of the announcement's medium between the saying and its day
        "The foreign minister announced on state television on Monday that Bahrain was restoring diplomatic "
        "relations with Qatar.",
        "Egypt said in a statement on Monday that it was restoring diplomatic relations with Qatar.",
        "Kuwait's emir announced on Monday evening that Saudi Arabia was reopening its border to Qatar.",
    ],
)
def test_a_deed_under_way_takes_the_day_of_an_announcement_told_with_its_medium(text):
    assert [e["date"] for e in of_type(extract(text, "2021-01-06"), "relations")] == ["2021-01-04"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # counted back from the day told right before the count, though no event is told on it
        (
            "Tunisia extended a curfew in the border town on Tuesday, a day after jihadists launched "
            "attacks on an army barracks.",
            "2016-03-07",
        ),
        (
            "Tunisia imposed a curfew in the town on Thursday, two days after gunmen attacked a police station.",
            "2016-03-01",
        ),
        ("Schools stayed shut on Monday, a week after militants attacked a police station in Tunisia.", "2016-02-29"),
    ],
)
def test_a_deed_counted_back_from_the_day_before_the_count(text, date):
    assert [e["date"] for e in of_type(extract(text, "2016-03-08"), "attack")] == [date]


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # a team of rescuers or relief workers arriving is aid, not a visit
        (
            "A team of 50 Spanish military emergency unit personnel landed in Marrakech on Sunday night.",
            {"ESP", "MAR"},
        ),
        (
            "A Qatari aircraft carrying rescuers and equipment touched down in Marrakech on Sunday afternoon.",
            {"QAT", "MAR"},
        ),
        ("A Turkish rescue team arrived in Marrakech on Sunday.", {"TUR", "MAR"}),
    ],
)
def test_rescue_teams_arriving_bring_aid(text, countries):
    found = extract(text, "2023-09-11")
    assert [(e["date"], set(e["countries"])) for e in of_type(found, "aid")] == [("2023-09-10", countries)]
    assert of_type(found, "visit") == []


def test_an_official_landing_stays_a_visit():
    found = extract("The Turkish foreign minister landed in Marrakech on Sunday for talks.", "2023-09-11")
    assert of_type(found, "aid") == []
    assert [e["date"] for e in of_type(found, "visit")] == ["2023-09-10"]


@pytest.mark.parametrize(
    ("text", "countries", "date"),
    [
        # an official stepping off a plane, or stopping in a place on a journey, visits it
        (
            "Turkish President Recep Tayyip Erdogan stepped off his plane in Cairo on Wednesday.",
            {"TUR", "EGY"},
            "2024-02-14",
        ),
        (
            "On his way home, Lebanese Prime Minister Saad Hariri stopped in Cairo on Tuesday for a meeting with "
            "Egyptian President Abdel Fattah el-Sisi.",
            {"LBN", "EGY"},
            "2024-02-13",
        ),
        ("Lebanese Prime Minister Saad Hariri made a brief stop in Cyprus on Tuesday.", {"LBN", "CYP"}, "2024-02-13"),
    ],
)
def test_an_official_stepping_off_a_plane_or_stopping_on_a_journey_visits(text, countries, date):
    found = of_type(extract(text, "2024-02-15"), "visit")
    assert [(e["date"], set(e["countries"])) for e in found] == [(date, countries)]


@pytest.mark.parametrize(
    "text",
    [
        # fighting or traffic that stops somewhere is no visit
        "The fighting stopped in Aleppo on Tuesday, residents said.",
        "Traffic stopped in central Cairo on Tuesday after the storm.",
    ],
)
def test_what_stops_in_a_place_is_no_visit(text):
    assert of_type(extract(text, "2024-02-15"), "visit") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # months or days counted after the time told in the sentence before
        (
            "In March last year gunmen killed 21 tourists at a museum in Tunis. Three months later, "
            "38 foreigners were shot dead on a beach near Sousse in Tunisia.",
            "2015-06",
        ),
        (
            "Gunmen attacked a hotel in Tunis in January last year. Six months later, militants attacked "
            "a police station in Tunisia.",
            "2015-07",
        ),
        (
            "Gunmen attacked a hotel in Tunis on 1 February. Ten days later, militants attacked a police "
            "station in Tunisia.",
            "2016-02-11",
        ),
        (
            "Gunmen attacked a hotel in Tunis on 1 February. Three weeks later, militants attacked a police "
            "station in Tunisia.",
            "2016-02-22",
        ),
    ],
)
def test_a_deed_counted_later_than_the_time_told_before(text, date):
    assert [e["date"] for e in of_type(extract(text, "2016-03-08"), "attack")][-1] == date


def test_the_signing_told_again_is_the_dated_agreement():
    text = (
        "Gulf leaders signed a declaration of solidarity at a summit in Saudi Arabia on Tuesday. "
        "Jared Kushner, the senior White House adviser, was in the hall for the signing."
    )
    found = of_type(extract(text, "2021-01-06"), "agreement")
    assert [e["date"] for e in found] == ["2021-01-05"]


def test_an_agreement_of_another_day_stays_apart():
    text = (
        "Gulf leaders signed a declaration of solidarity at a summit in Saudi Arabia on Tuesday. "
        "Egypt and Sudan signed an agreement on water in Cairo in March."
    )
    found = of_type(extract(text, "2021-04-06"), "agreement")
    assert sorted(e["date"] for e in found) == ["2021-03", "2021-04-06"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a crowd gathering, demonstrating, rallying or pouring into a square is a protest
        ("Hundreds gathered again near the prime minister's office in Amman on Monday night.", "2018-06-04"),
        ("Thousands of people demonstrated every night near the parliament in Amman on Monday.", "2018-06-04"),
        ("Thousands of supporters gathered outside the prime minister's residence in Beirut on Monday.", "2018-06-04"),
        ("Thousands flooded into central Algiers late on Monday, waving flags.", "2018-06-04"),
    ],
)
def test_a_crowd_gathering_is_a_protest(text, date):
    assert [e["date"] for e in of_type(extract(text, "2018-06-05"), "protest")] == [date]


@pytest.mark.parametrize(
    "text",
    [
        # mourners, pilgrims and fans gather for no protest
        "Thousands gathered in Amman on Monday for the funeral of the former prime minister.",
        "Hundreds of thousands of pilgrims gathered on Mount Arafat in Saudi Arabia on Monday.",
        "Thousands of football fans celebrated in central Algiers on Monday after the match.",
    ],
)
def test_crowds_of_mourners_pilgrims_or_fans_are_no_protest(text):
    assert of_type(extract(text, "2018-06-05"), "protest") == []


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        # forces sweeping into a city, a barrage fired: attacks
        ("Rebel forces swept into Damascus on December 8.", "attack", "2024-12-08"),
        (
            "On Tuesday, the Houthis fired their largest barrage yet at ships in the Red Sea off Yemen.",
            "attack",
            "2024-12-10",
        ),
        # bombers or warships moved to a base: a deployment
        ("The Pentagon moved B-2 bombers to Diego Garcia on Monday.", "deployment", "2024-12-09"),
    ],
)
def test_sweeping_into_a_city_a_barrage_and_bombers_moved(text, event_type, date):
    assert [e["date"] for e in of_type(extract(text, "2024-12-12"), event_type)] == [date]


def test_a_company_moving_its_offices_deploys_nothing():
    assert of_type(extract("The company moved its headquarters to Dubai on Monday.", "2024-12-12"), "deployment") == []
