"""A deed told on "the same day" (مساء اليوم نفسه، later that day) after a deed the text dates by
no time expression of its own (the catalog dates it) took place on that deed's day, not on the
publication's: the part of the day read with «اليوم» is no time of today when «نفسه» follows it."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.temporal import find_dates


@pytest.mark.parametrize(
    "text",
    [
        "قتل مسلحون 235 مصليا في هجوم على مسجد الروضة بشمال سيناء. وتظاهر آلاف المصريين في القاهرة مساء اليوم نفسه تنديدا بالهجوم.",
        "Gunmen killed 235 worshippers in the attack on the Rawda mosque in Egypt's Sinai. "
        "Thousands of Egyptians protested in Cairo later that day against the attack.",
    ],
)
def test_a_deed_of_the_same_day_takes_the_day_of_the_deed_told_before(text):
    found = extract(text, "2017-11-26")
    assert [e["date"] for e in of_type(found, "attack")] == ["2017-11-24"], found
    assert [e["date"] for e in of_type(found, "protest")] == ["2017-11-24"], found


def test_the_same_day_with_no_deed_told_before_stays_the_publication_s():
    found = of_type(extract("Thousands of Egyptians protested in Cairo later that day.", "2017-11-26"), "protest")
    assert [(e["date"], e["date_basis"]) for e in found] == [("2017-11-26", "publication")]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # no time told before: the evening of the same day is no evening of today
        ("وشنت القوات الجوية المصرية مساء اليوم نفسه غارات على بؤر إرهابية.", []),
        # a time told before: that day
        ("قتل 20 في هجوم يوم الجمعة. وشنت القوات مساء اليوم نفسه غارات.", ["2017-11-24", "2017-11-24"]),
        # guard: this evening
        ("وشنت القوات الجوية المصرية مساء اليوم غارات على بؤر إرهابية.", ["2017-11-25"]),
    ],
)
def test_a_part_of_the_same_day_is_no_time_of_today(text, values):
    assert [d.value for d in find_dates(text, "2017-11-25", "ar")] == values


def test_the_same_day_takes_no_day_of_a_deed_dated_by_the_publication():
    text = (
        "Gunmen killed 235 worshippers in the attack on the Rawda mosque in Egypt's Sinai. "
        "Sisi met security chiefs in Cairo. Thousands of Egyptians protested in Cairo later that day against the attack."
    )
    assert [e["date"] for e in of_type(extract(text, "2017-11-26"), "protest")] == ["2017-11-24"]


def test_a_day_of_the_same_month_with_no_month_told_before_stays_this_month_s():
    # only a part of the same day is dropped when nothing before it dates it
    assert [d.value for d in find_dates("وقع الهجوم في السادس من الشهر نفسه.", "2017-11-25", "ar")] == ["2017-11-06"]
