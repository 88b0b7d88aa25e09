"""A deed told in a clause of its own with a day or a month written by the month's name, its year
told from the publication ("في السادس من ديسمبر الجاري", "on December 6 this year", "in March last
year"), has a time of its own, as one with its year written has: it is a deed of its own beside the
sentence's event, not taken in by it. A weekday or "last week" is no such time."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

from events.assemble.dated_own_clauses import _explicit
from events.model import TimeMention


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وكانت المشاورات اليمنية قد انطلقت في السويد في السادس من ديسمبر الجاري، ووقعت الحكومة اليمنية "
            "والحوثيون اتفاقا لتبادل الأسرى يوم الخميس.",
            [("agreement", "2018-12-13"), ("meeting", "2018-12-06")],
        ),
        (
            "The Yemeni consultations had opened in Sweden on December 6 this year, and the Yemeni government and "
            "the Houthis signed an agreement to exchange prisoners on Thursday.",
            [("agreement", "2018-12-13"), ("meeting", "2018-12-06")],
        ),
        # "last week" names no month: the talks stay the agreement's setting
        (
            "وكانت المشاورات اليمنية قد انطلقت في السويد الأسبوع الماضي، ووقعت الحكومة اليمنية والحوثيون "
            "اتفاقا لتبادل الأسرى يوم الخميس.",
            [("agreement", "2018-12-13")],
        ),
        (
            "The Yemeni consultations had opened in Sweden last week, and the Yemeni government and the Houthis "
            "signed an agreement to exchange prisoners on Thursday.",
            [("agreement", "2018-12-13")],
        ),
    ],
)
def test_a_deed_dated_by_a_named_month_in_its_own_clause(text, expected):
    assert sorted((e["event_type"], e["date"]) for e in extract(text, "2018-12-14")) == expected


@pytest.mark.parametrize(
    ("words", "value", "precision", "basis", "written"),
    [
        ("السادس من ديسمبر الجاري", "2018-12-06", "day", "relative", True),
        ("December 6 this year", "2018-12-06", "day", "relative", True),
        ("March last year", "2017-03", "month", "relative", True),
        ("تشرين الأول الماضي", "2018-10", "month", "relative", True),
        ("December 6", "2018-12-06", "day", "explicit", True),
        ("Monday", "2018-12-10", "day", "relative", False),
        ("الشهر الماضي", "2018-11", "month", "relative", False),
        ("last week", "2018-12-03", "week", "relative", False),
    ],
)
def test_a_time_written_by_its_month(words, value, precision, basis, written):
    assert _explicit(TimeMention(0, len(words), words, value, precision, basis)) is written
