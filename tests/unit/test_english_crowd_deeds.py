"""The deeds of a protest's own people (clashing with police, setting fire to vehicles) told in
its sentence: the protest is the event, the attack word makes none of its own."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # protesters who march and clash, the clause opened by a fronted day
        ("On Saturday, thousands of protesters marched in central Beirut and clashed with police, who fired tear gas.", "2020-08-10", "2020-08-08"),
        # demonstrators who clash, then set fire to vehicles after a list of places
        (
            "Anti-government demonstrators clashed with security forces in Tehran, Mashhad and several Kurdish towns on Thursday night, "
            "setting fire to police vehicles and chanting slogans.",
            "2022-09-23",
            "2022-09-22",
        ),
        ("On Friday, hundreds of demonstrators marched in central Amman and clashed with riot police.", "2020-08-10", "2020-08-07"),
    ],
)
def test_a_clash_done_by_the_protesters_is_the_protest(text, published, day):
    found = extract(text, published)
    assert [e["date"] for e in of_type(found, "protest")] == [day]
    assert of_type(found, "attack") == []


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # the people of the protest whom the deed befell, after a preposition
        ("Police fired tear gas at protesters in Baghdad on Tuesday.", "2020-08-10", "2020-08-04"),
        # the people as the subject of a passive suffered the deed
        ("Two protesters were shot by soldiers in Khartoum on Saturday.", "2020-08-10", "2020-08-08"),
        ("Three demonstrators were wounded when police opened fire in Basra on Sunday.", "2020-08-10", "2020-08-09"),
        # a new subject after ", and" does the deed
        ("Hundreds of protesters gathered in Cairo's Tahrir Square on Friday, and police fired tear gas at them.", "2020-08-10", "2020-08-07"),
    ],
)
def test_a_deed_done_to_protesters_or_by_another_subject_stays_an_attack(text, published, day):
    assert [e["date"] for e in of_type(extract(text, published), "attack")] == [day]
