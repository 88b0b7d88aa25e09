"""Titles joined by a hyphen, steps under consideration, habits, the day of a vote told beside
its results, and deeds under way in an announcement: sentence shapes."""

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
        # a deed announced as done, with no day of its own, was done by the announcement's day:
        # that day, not the later publication's, is the nearest the text gives
        ("Algeria announced on Tuesday that it had cut diplomatic relations with Morocco.", "2021-08-24", "relative"),
    ],
)
def test_a_deed_under_way_takes_the_day_of_its_announcement(text, date, basis):
    found = of_type(extract(text, "2021-08-25"), "sanctions")
    assert [(e["date"], e["date_basis"]) for e in found] == [(date, basis)]


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        # ties absent since a year were cut that year
        ("Iran and the United States have had no diplomatic relations since 1980.", "sanctions", "1980"),
        ("Egypt and Iran have not had full diplomatic ties since 1980.", "sanctions", "1980"),
        # a treasury's designation is a sanction
        ("On Monday, the US Treasury designated Turkey's defense and energy ministries.", "sanctions", "2024-09-02"),
        # a parliament passing amendments to the constitution
        ("Egypt's House of Representatives had passed the amendments on 16 April.", "ratification", "2024-04-16"),
        # a military coalition intervening in a war: an attack, as in Arabic (تدخل التحالف عسكريا)
        ("The Saudi-led coalition intervened in Yemen in March 2015.", "attack", "2015-03"),
        ("تدخل التحالف بقيادة السعودية عسكريا في اليمن في مارس 2015.", "attack", "2015-03"),
        # an heir named or removed
        ("Jordan's King Abdullah named his eldest son Hussein crown prince in July 2009.", "appointment", "2009-07"),
        ("Jordan's Prince Hamzah was removed as crown prince by King Abdullah in 2004.", "appointment", "2004"),
    ],
)
def test_wordings_of_background_deeds(text, event_type, date):
    assert [e["date"] for e in of_type(extract(text, "2024-09-08"), event_type)] == [date]


@pytest.mark.parametrize(
    "text",
    [
        # a bank's intervention in a market sends no troops
        "Egypt's central bank intervened to support the pound.",
        # ties that exist are no cut
        "Egypt and Iran have had diplomatic relations since 1980.",
    ],
)
def test_wordings_that_tell_no_deed(text):
    found = extract(text, "2024-09-08")
    assert of_type(found, "deployment") == [] and of_type(found, "sanctions") == []


def test_the_two_foes_are_the_pair_told_before():
    text = (
        "Washington imposed fresh sanctions on Iran's oil sector on Monday. "
        "Oman has long mediated between the two foes, which have had no diplomatic relations since 1980."
    )
    found = [e for e in of_type(extract(text, "2025-04-12"), "sanctions") if e["date"] == "1980"]
    assert len(found) == 1 and {"USA", "IRN"} <= set(found[0]["countries"])


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        # the year after the year told before the deed
        (
            "Yemen's government collapsed in 2014, and a Saudi-led coalition intervened the following year.",
            "attack",
            "2015",
        ),
        ("Egypt and Qatar signed a deal in 2020 and restored ties a year later.", "relations", "2021"),
        # the year told for the deed itself stays
        ("The Saudi-led coalition intervened in Yemen in 2015.", "attack", "2015"),
    ],
)
def test_a_deed_of_the_following_year(text, event_type, date):
    assert [e["date"] for e in of_type(extract(text, "2024-01-10"), event_type)] == [date]


@pytest.mark.parametrize(
    "text",
    [
        # a catalogued name that opens on its year is dated at that year
        "Oman relayed messages between Tehran and Washington on reviving the 2015 nuclear deal.",
    ],
)
def test_a_catalogued_name_with_its_year_keeps_the_year(text):
    assert [e["date"] for e in of_type(extract(text, "2023-05-29"), "agreement")] == ["2015"]


def test_a_catalogued_name_without_a_year_takes_the_catalogued_day():
    found = of_type(extract("Iran and world powers signed the nuclear deal in Vienna.", "2023-05-29"), "agreement")
    assert [e["date"] for e in found] == ["2015-07-14"]


@pytest.mark.parametrize(
    "text",
    [
        # deaths in a natural disaster are no attack
        "Algeria blamed the group for deadly wildfires that killed at least 90 people in the Kabylie region.",
        "A landslide killed 12 people in northern Algeria on Sunday.",
    ],
)
def test_deaths_in_a_disaster_are_no_attack(text):
    assert of_type(extract(text, "2021-08-25"), "attack") == []



@pytest.mark.parametrize(
    ("text", "date"),
    [
        # aid paused, frozen or withheld is a measure against the receiver
        ("The United States said on Monday it was pausing $700 million in emergency economic assistance to Sudan.", "2021-10-25"),
        ("The United States paused emergency economic assistance to Sudan on Monday.", "2021-10-25"),
        ("Washington withheld $130 million of military aid to Egypt in September.", "2021-09"),
    ],
)
def test_aid_paused_is_a_sanction(text, date):
    found = extract(text, "2021-10-26")
    assert [e["date"] for e in of_type(found, "sanctions")] == [date]
    assert of_type(found, "aid") == []


def test_aid_sent_stays_aid():
    found = extract("The United States sent economic assistance to Sudan on Monday.", "2021-10-26")
    assert [e["date"] for e in of_type(found, "aid")] == ["2021-10-25"]
    assert of_type(found, "sanctions") == []


@pytest.mark.parametrize(
    "text",
    [
        # relatives of captives rallying protest; their captivity is no deed of the day
        "In Tel Aviv, relatives of hostages rallied outside the Defense Ministry on Thursday.",
        "Families of hostages rallied in Tel Aviv on Thursday.",
    ],
)
def test_relatives_of_hostages_rallying_protest(text):
    found = extract(text, "2025-01-16")
    assert [e["date"] for e in of_type(found, "protest")] == ["2025-01-16"]
    assert of_type(found, "attack") == []


@pytest.mark.parametrize(
    "text",
    [
        # a leader taking the rotating chair of a body takes an office
        "Mauritania's president took over the rotating chairmanship of the African Union in February.",
        "Mauritania's president assumed the rotating presidency of the African Union in February.",
        # the body named before the chair, the predecessor after it
        "Mauritania's president took over the AU's rotating chairmanship from Senegal's Macky Sall in February.",
    ],
)
def test_a_chair_taken_over_is_an_appointment(text):
    assert [e["date"] for e in of_type(extract(text, "2024-07-03"), "appointment")] == ["2024-02"]
