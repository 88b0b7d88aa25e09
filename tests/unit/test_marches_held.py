"""A march held, staged or organised is a demonstration, in English (held a
march in Rabat) as in Arabic (نظم المعلمون مسيرة); a march of awareness
organised by a ministry, or an election held in March, is none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2021-05-11"  # a Tuesday: "on Monday" is 2021-05-10


@pytest.mark.parametrize(
    "text",
    [
        "Jordanian teachers held a march in Amman on Monday.",
        "Jordanian teachers staged a silent march in Amman on Monday.",
        "Hundreds of supporters defied the curfew in Amman on Monday and marched through the streets.",
        "نظم المعلمون الأردنيون مسيرة في عمان يوم الاثنين.",
    ],
)
def test_a_march_held_is_a_protest(text):
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), "protest")] == ["2021-05-10"]


@pytest.mark.parametrize(
    ("told", "everyday"),
    [
        (
            "Jordanian teachers held a march in Amman on Monday.",
            "Jordan held a March election for its parliament, the commission said on Monday.",
        ),
        (
            "نظم المعلمون الأردنيون مسيرة في عمان يوم الاثنين.",
            "نظمت وزارة الصحة الأردنية مسيرة للتوعية في عمان يوم الاثنين.",
        ),
    ],
)
def test_a_march_of_another_kind_is_none(told, everyday):
    assert of_type(extract(told, PUBLISHED), "protest")
    assert of_type(extract(everyday, PUBLISHED), "protest") == []


@pytest.mark.parametrize(
    "text",
    [
        "More than a million people marched in cities across France on Monday against the pension reform.",
        "Students marched on parliament in Belgrade on Monday.",
        "Hundreds of Jordanian teachers marched in Amman on Monday.",
        "خرج آلاف الطلبة في مسيرة بعمان يوم الاثنين.",
    ],
)
def test_people_who_marched_protested(text):
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), "protest")] == ["2021-05-10"]


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of refugees marched towards the Hungarian border on Monday.",
        "Soldiers marched through Red Square in Moscow on Monday.",
        "People marched in the Victory Day parade in Moscow on Monday.",
        "سار آلاف اللاجئين نحو الحدود المجرية يوم الاثنين.",
    ],
)
def test_troops_refugees_and_parades_march_in_no_protest(text):
    assert of_type(extract(text, PUBLISHED), "protest") == []


def test_soldiers_who_marched_are_no_protest():
    text = "Hundreds of soldiers crossed the border into Jordan on Monday and marched toward Amman."
    assert of_type(extract(text, PUBLISHED), "protest") == []


def test_a_crowd_that_rallied_after_another_deed_still_protests():
    text = "Thousands of supporters defied a ban in Amman on Monday and rallied in the city centre."
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), "protest")] == ["2021-05-10"]


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of Taliban militants overran the district on Monday and marched toward Kunduz.",
        "Thousands of people fled the fighting in Ras Lanuf on Monday and marched toward the Egyptian border.",
        "Hundreds of thousands of pilgrims gathered on Mount Arafat on Monday and marched to Muzdalifa.",
    ],
)
def test_armed_men_refugees_and_pilgrims_on_the_move_are_no_protest(text):
    assert of_type(extract(text, PUBLISHED), "protest") == []

