"""English: a truce whose sentence names none of its sides ("A truce brokered by the United
Nations in 2016 has largely held", "A ceasefire was signed in Vienna in May 2019") is the truce of
the fighting told in the sentence just before it: its countries are those of that fighting (an
attack or a deployment), beside the venue the sentence itself names; with no place of its own, it
holds where that fighting took place. Fighting told further back, a war the catalog dates named in
passing, or a truce whose sentence names its own sides, leaves it as it was. And a month or a year
that opens a sentence dates the clause of what happened just before its main one."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2021-03-10"


@pytest.mark.parametrize(
    ("text", "date", "countries", "location"),
    [
        # no name at all in the truce's sentence: the sides of the fighting just before
        (
            "Ethiopian troops entered Somalia in 2014 to fight the insurgents. "
            "A truce brokered by the United Nations in June 2016 has largely held.",
            "2016-06",
            {"ETH", "SOM"},
            "SOM",
        ),
        (
            "Chad's army launched an offensive on Niger's border towns in 2012, and Nigerien forces struck back. "
            "A U.N.-brokered truce in 2013 brought a lull that lasted for years.",
            "2013",
            {"TCD", "NER"},
            None,
        ),
        # only the venue of the signing: the venue stays, the sides are added
        (
            "Armenian forces shelled Azerbaijani villages in April 2016. "
            "A ceasefire was signed in Vienna in May 2016.",
            "2016-05",
            {"ARM", "AZE", "AUT"},
            "AUT",
        ),
    ],
)
def test_a_truce_without_sides_takes_those_of_the_fighting_just_before(text, date, countries, location):
    found = of_type(extract(text, PUBLISHED), "ceasefire")
    assert [e["date"] for e in found] == [date], found
    assert set(found[0]["countries"]) == countries, found
    if location is not None:
        assert (found[0]["location"] or {}).get("country") == location, found


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # the truce names its own sides: they are its countries
        (
            "Armenian forces shelled Azerbaijani villages in April 2016. "
            "Sudan and South Sudan signed a ceasefire in Khartoum in May 2016.",
            {"SDN", "SSD"},
        ),
        # the venue alone, and no fighting in the sentence before: the venue alone
        (
            "Armenian forces shelled Azerbaijani villages in April 2016. The talks dragged on for weeks. "
            "A ceasefire was signed in Vienna in May 2016.",
            {"AUT"},
        ),
    ],
)
def test_a_truce_with_its_own_sides_or_no_fighting_just_before_keeps_its_countries(text, countries):
    found = of_type(extract(text, PUBLISHED), "ceasefire")
    assert len(found) == 1, found
    assert set(found[0]["countries"]) == countries, found


def test_a_truce_without_sides_and_without_fighting_just_before_is_not_told():
    text = (
        "Armenian forces shelled Azerbaijani villages in April 2016. The talks dragged on for weeks. "
        "A truce brokered by the United Nations in June 2016 has largely held."
    )
    assert of_type(extract(text, PUBLISHED), "ceasefire") == []


def test_a_war_the_catalog_dates_names_no_sides_of_a_truce_after_it():
    text = (
        "The war began with Hamas's attack on southern Israel. "
        "A week-long truce in November 2023 saw dozens of captives freed."
    )
    assert of_type(extract(text, "2025-01-16"), "ceasefire") == []


# A month or a year that opens an English sentence holds for a clause of what happened just
# before its main one ("after he was arrested", "after protesters marched"); a day does not.
@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        (
            "In March, Moroccan authorities removed the mayor of Fez from office after he was arrested on corruption charges.",
            "arrest",
            "2020-03",
        ),
        (
            "In 2018, Iraq's prime minister sacked the governor of Basra after protesters stormed the provincial council.",
            "protest",
            "2018",
        ),
    ],
)
def test_an_opening_month_or_year_dates_the_deed_just_before_the_main_clause(text, event_type, date):
    found = of_type(extract(text, "2020-11-02"), event_type)
    assert [e["date"] for e in found] == [date], found


def test_an_opening_day_does_not_date_the_deed_just_before_the_main_clause():
    text = "On Monday, Moroccan authorities removed the mayor of Fez from office after he was arrested on corruption charges."
    assert [e["date"] for e in of_type(extract(text, "2020-11-04"), "arrest")] in ([], [None]), text
