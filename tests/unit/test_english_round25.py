"""Titles joined by a hyphen, steps under consideration, habits, the day of a vote told beside
its results, and deeds under way in an announcement: sentence shapes read in the twenty-fifth
English round."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        # the title of an office-holder to be is no election of the day
        "President Joe Biden and President-elect Donald Trump both claimed credit for the deal.",
        "Iraq's Prime Minister-elect met the ambassador of Iran.",
    ],
)
def test_a_title_joined_by_a_hyphen_is_no_election(text):
    assert of_type(extract(text, "2025-01-16"), "election") == []


def test_an_election_told_by_its_verb_stays():
    found = extract("Lebanon's parliament elected army commander Joseph Aoun as president on Thursday.", "2025-01-10")
    assert [e["date"] for e in of_type(found, "election")] == ["2025-01-09"]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a step weighed has not been taken
        ("The US Treasury is considering sanctions on Iran's morality police, an official said.", "sanctions"),
        ("Washington is weighing new sanctions on Iran.", "sanctions"),
        ("The European Union was mulling sanctions against Iran.", "sanctions"),
        # a deed done often, or again and again, is a habit of no day
        ("Kuwait's parliament has often clashed with governments in Kuwait City.", "attack"),
        ("Iran-backed militias have also repeatedly targeted US interests in Iraq.", "attack"),
        ("Protesters frequently clashed with the police in Baghdad.", "attack"),
    ],
)
def test_steps_weighed_and_habits_are_no_events(text, event_type):
    assert of_type(extract(text, "2022-09-21"), event_type) == []


def test_a_deed_done_on_a_day_stays():
    found = extract("Iran-backed militias targeted US forces in Iraq on Sunday.", "2022-09-21")
    assert [e["date"] for e in of_type(found, "attack")] == ["2022-09-18"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the polling day told beside the day of the results
        (
            "Opposition candidates won 29 of the 50 seats in Kuwait's National Assembly in Tuesday's "
            "parliamentary election, official results showed on Wednesday.",
            "2023-06-06",
        ),
        ("Kuwaitis voted in Tuesday's election, official results showed on Wednesday.", "2023-06-06"),
    ],
)
def test_the_polling_day_dates_an_election_told_with_its_results(text, date):
    assert [e["date"] for e in of_type(extract(text, "2023-06-07"), "election")] == [date]


@pytest.mark.parametrize(
    ("text", "date", "basis"),
    [
        # a deed under way as it is announced takes the announcement's day
        ("Algeria announced on Tuesday that it was cutting diplomatic relations with Morocco.", "2021-08-24", "relative"),
        ("Algeria said on Tuesday that it was severing ties with Morocco.", "2021-08-24", "relative"),
        # a deed announced as done may come before the announcement
        ("Algeria announced on Tuesday that it had cut diplomatic relations with Morocco.", "2021-08-25", "publication"),
    ],
)
def test_a_deed_under_way_takes_the_day_of_its_announcement(text, date, basis):
    found = of_type(extract(text, "2021-08-25"), "sanctions")
    assert [(e["date"], e["date_basis"]) for e in found] == [(date, basis)]
