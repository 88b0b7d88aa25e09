"""Power seized, taken or returned to, and a ruler's removal: changes of power."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "date", "country"),
    [
        # power seized, taken or returned to, in a main clause or a clause about a side
        ("Sudan's army seized power in October 2021.", "2021-10", "SDN"),
        (
            "Fighting erupted in Sudan on Saturday between the Sudanese army and the paramilitaries, whose "
            "commanders had jointly seized power in an October 2021 coup.",
            "2021-10",
            "SDN",
        ),
        ("The Taliban took power in Afghanistan in August 2021.", "2021-08", "AFG"),
        ("Mali's junta, which came after the seizure of power in August 2020, expelled the envoy.", "2020-08", "MLI"),
        ("Iraq's former premier returned to power in May 2006 after a long exile.", "2006-05", "IRQ"),
        # the removal of a ruler by those who led it
        ("Egypt's military led the removal of president Mohamed Morsi in July 2013.", "2013-07", "EGY"),
        ("The Sudanese army carried out the removal of the president in April 2019.", "2019-04", "SDN"),
        # an "after" later in its clause opens the removal's cause, not a deed it followed
        (
            "Sisi led the army's removal of Islamist President Mohamed Morsi in July 2013 after mass protests.",
            "2013-07",
            "EGY",
        ),
    ],
)
def test_a_change_of_power_is_an_appointment(text, date, country):
    events = of_type(extract(text, "2024-05-10"), "appointment")
    assert [(e["date"], country in e["countries"]) for e in events] == [(date, True)]


@pytest.mark.parametrize(
    "text",
    [
        # tried, plotted or sought: no change of power took place
        "Sudan's army attempted to seize power in October 2021.",
        "Officers in Mali were accused of plotting to seize power in May 2022.",
        # a removal demanded is no removal
        "Protesters in Iraq demanded the removal of the prime minister in October 2019.",
    ],
)
def test_a_change_of_power_tried_or_demanded_is_none(text):
    assert of_type(extract(text, "2024-05-10"), "appointment") == []


@pytest.mark.parametrize(
    "text",
    [
        # the change told on its day, then again by its month in a later sentence
        "Sudan's army chief led the coup on 25 October 2021, dissolving the transitional government.\n"
        "Thursday's protests in Sudan were the largest since the military seized power last October.",
        "Sudan's army seized power on 25 October, dissolving the transitional government.\n"
        "Protests in Sudan have continued since the military took power in October.",
    ],
)
def test_a_change_of_power_told_again_by_its_month_is_the_one_told_on_its_day(text):
    events = of_type(extract(text, "2022-06-30"), "appointment")
    assert [e["date"] for e in events] == ["2021-10-25"]


def test_two_changes_of_power_of_one_country_in_two_months_stay_two():
    text = (
        "Sudan's army seized power on 25 October, dissolving the transitional government.\n"
        "Sudan's military also seized power in April 2019, ending a long rule."
    )
    events = of_type(extract(text, "2022-06-30"), "appointment")
    assert sorted(e["date"] for e in events) == ["2019-04", "2021-10-25"]


@pytest.mark.parametrize(
    "text",
    [
        # the removal named as the cause the clause tells of is the background of its deed
        "Relations between Turkey and Egypt collapsed after the Egyptian military's removal of the president.",
    ],
)
def test_a_removal_told_after_after_is_no_event_of_its_own(text):
    assert of_type(extract(text, "2024-05-10"), "appointment") == []


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # a participle in -ing after a comma tells a second deed of the subject, of another type (a coup
        # is an armed seizure too: test_coup_readings.py)
        (
            "In October 2021 Sudan's army seized power in a coup, detaining Prime Minister Abdalla Hamdok.",
            ["appointment", "arrest", "attack"],
        ),
        (
            "Sudan's army dissolved the government on Monday, detaining Prime Minister Abdalla Hamdok.",
            ["appointment", "arrest"],
        ),
        # the participle's clause may come before the main event word, after a main clause of its own
        (
            "Relations with Bamako have deteriorated sharply since the military seized power in August 2020, "
            "detaining President Ibrahim Boubacar Keita, and then staged a second coup in May 2021.",
            ["appointment", "arrest", "attack"],
        ),
        (
            "U.S. President Donald Trump and North Korean leader Kim Jong Un pledged on Tuesday to work towards "
            "denuclearisation, signing a joint statement at the end of their summit in Singapore.",
            ["agreement", "meeting"],
        ),
        # a participle that puts the one it names under the state its event noun names
        (
            "Nine days later, Zimbabwe's army sent armoured vehicles onto the streets of Harare, placing Mugabe "
            "under house arrest.",
            ["arrest", "deployment"],
        ),
        # a participle of the main word's own type is no second deed
        ("Gunmen in Iraq clashed with police on Monday, killing two officers.", ["attack"]),
        # a participle opening the sentence has no main clause before it
        ("Signing a joint statement, Trump and Kim held a summit in Singapore on Tuesday.", ["meeting"]),
        # no one named is put under the state the noun names
        (
            "Zimbabwe's army sent armoured vehicles onto the streets of Harare on Tuesday, placing the city under a "
            "curfew and a lockdown after days of house arrests.",
            ["deployment"],
        ),
        # the Arabic verbs joined by و tell both deeds, as before
        (
            "استولى الجيش في مالي على السلطة في أغسطس 2020 واعتقل الرئيس إبراهيم بوبكر كيتا.",
            ["appointment", "arrest", "attack"],
        ),
    ],
)
def test_a_participle_after_a_comma_tells_a_deed_of_its_own(text, types):
    assert sorted({e["event_type"] for e in extract(text, "2024-05-10")}) == types
