"""A deed counted from another told before ("A day after the bombing") finds that deed's day
past a word cut short in its sentence ("on Feb. 14", "U.S."), which ends no sentence; troops
told with where they were flown in from and then arriving were deployed; the hosts of a
gathering named as a noun are no visit; hostages a group is holding, in the present, are no
deed of the day."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Militants carried out a suicide car bombing on Feb. 14 that killed 40 police. A day after the bombing, "
            "India withdrew the most-favoured-nation trade status it had granted Pakistan.",
            "2019-02-15",
        ),
        (
            "Jets carried out a strike on a U.S. base in Syria on 14 February, killing 20 soldiers. Two days after "
            "the strike, Washington imposed sanctions on Iran.",
            "2019-02-16",
        ),
        (
            "Militants carried out a suicide car bombing on 14 February that killed 40 police. A day after the "
            "bombing, India withdrew the most-favoured-nation trade status it had granted Pakistan.",
            "2019-02-15",
        ),
    ],
)
def test_a_deed_counted_from_one_told_before_a_cut_word(text: str, date: str) -> None:
    dates = {e["date"] for e in extract(text, "2019-03-01") if e["event_type"] in ("sanctions", "relations")}
    assert dates == {date}, extract(text, "2019-03-01")


@pytest.mark.parametrize(
    "text",
    [
        "Several hundred French troops, flown in from bases in Chad and Ivory Coast, began arriving in Bamako on Friday night.",
        "Hundreds of U.S. marines, airlifted from a base in Spain, arrived in Tripoli on Friday.",
    ],
)
def test_troops_flown_in_and_arriving_are_deployed(text: str) -> None:
    found = extract(text, "2013-01-12")
    assert of_type(found, "deployment") and of_type(found, "visit") == [], found


@pytest.mark.parametrize(
    "text",
    [
        # the wounded flown home are no force sent
        "The wounded soldiers, flown in from Mali, arrived in Paris on Friday.",
    ],
)
def test_the_wounded_flown_home_are_no_deployment(text: str) -> None:
    assert of_type(extract(text, "2013-01-12"), "deployment") == []


@pytest.mark.parametrize(
    ("text", "visits"),
    [
        ("Pakistan's foreign minister refused to attend after the hosts rejected Islamabad's demand.", 0),
        ("The emir of Qatar hosted Turkish President Erdogan in Doha on Monday.", 1),
    ],
)
def test_the_hosts_named_as_a_noun_are_no_visit(text: str, visits: int) -> None:
    assert len(of_type(extract(text, "2019-03-01"), "visit")) == visits


@pytest.mark.parametrize(
    ("text", "attacks"),
    [
        ("Al Qaeda's North African wing is holding eight French hostages in the Sahel, officials in Paris said.", 0),
        ("Militants seized dozens of foreign hostages at a gas plant in Algeria on Wednesday.", 1),
    ],
)
def test_hostages_held_in_the_present_are_no_deed(text: str, attacks: int) -> None:
    assert len(of_type(extract(text, "2013-01-19"), "attack")) == attacks


def test_a_kidnapping_beside_captives_still_held_stands() -> None:
    text = "Boko Haram, which is still holding dozens of the Chibok girls, abducted 300 students in Kankara in Nigeria on Friday."
    assert [e["date"] for e in of_type(extract(text, "2023-03-31"), "attack")] == ["2023-03-31"]
