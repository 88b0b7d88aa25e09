"""A day counted in a run of days up to the publication ("لليوم الثالث على التوالي", "for a third
straight day") is the publication's day, unless its sentence dates itself (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

from events.temporal import find_dates

PUBLISHED = "2018-06-26"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("وتقول التقارير إن الاحتجاجات مستمرة لليوم الثالث على التوالي في طهران.", [("لليوم الثالث على التوالي", "2018-06-26")]),
        ("تواصلت الاحتجاجات لليوم الـ15 على التوالي.", [("لليوم الـ15 على التوالي", "2018-06-26")]),
        ("وخرج المتظاهرون لليوم الثاني في البصرة.", [("لليوم الثاني", "2018-06-26")]),
        ("Protests continued for a third straight day in Tehran.", [("for a third straight day", "2018-06-26")]),
        ("Talks went on for the 10th day in a row.", [("for the 10th day in a row", "2018-06-26")]),
        ("Strikes hit the city for a second consecutive night.", [("for a second consecutive night", "2018-06-26")]),
        # the sentence dates itself: its own day stands
        ("وخرج المتظاهرون الجمعة لليوم الثاني.", [("الجمعة", "2018-06-22")]),
        ("On Friday, protests continued for a third day.", [("Friday", "2018-06-22")]),
        # no run of days
        ("في اليوم الثاني من الزيارة التقى الوزيران.", []),
        ("He won the vote for a second time.", []),
        ("للمرة الثانية على التوالي فاز الحزب.", []),
    ],
)
def test_a_run_of_days_is_the_publications_day(text, found):
    assert [(m.text, m.value) for m in find_dates(text, PUBLISHED)] == found


LEAD = {"ar": "أعلنت الحكومة العراقية اليوم حزمة إصلاحات اقتصادية جديدة."}


@pytest.mark.parametrize(
    ("lang", "text", "dates"),
    [
        # a source's report of a run of protests past the lead: the day's news, not background
        ("ar", "وقال ناشطون إن المتظاهرين خرجوا لليوم الثاني على التوالي في مدينة البصرة.", ["2018-06-26"]),
        ("ar", "وتقول التقارير إن الاحتجاجات مستمرة لليوم الثالث على التوالي في البصرة.", ["2018-06-26"]),
        # without the run, the report tells nothing dated
        ("ar", "وقال ناشطون إن المتظاهرين خرجوا في مدينة البصرة.", []),
    ],
)
def test_a_reported_run_of_protests_is_kept(lang, text, dates):
    protests = [e for e in extract(LEAD[lang] + " " + text, PUBLISHED) if e["event_type"] == "protest"]
    assert [e["date"] for e in protests] == dates, protests
