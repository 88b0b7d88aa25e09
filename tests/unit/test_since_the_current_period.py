"""Constructions of news prose. A deed told as going on since a time of the current week or
month (منذ منتصف الشهر الجاري، منذ مطلع الأسبوع، since early this month, since the weekend) began
then: it is dated by that time, not by the day of the publication. A weekend is a stretch of two
days, and a deed going on since it began on one of them: only its month is known."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2020-11-18"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        ("وتنتشر وحدات من الجيش الليبي حول حقل النفط منذ منتصف الشهر الجاري.", "deployment", "2020-11"),
        ("واعتقلت الشرطة المصرية عشرات الناشطين منذ مطلع الشهر الحالي.", "arrest", "2020-11"),
        ("Egyptian troops have been deployed around the oil field in Libya since early this month.", "deployment", "2020-11"),
        ("More than 300 activists have been detained in Egypt since the weekend, the interior minister said.", "arrest", "2020-11"),
        # a month of the past keeps its own month
        ("Egyptian troops have been deployed around the oil field in Libya since early last month.", "deployment", "2020-10"),
    ],
)
def test_deed_since_a_time_of_the_current_period(text: str, event_type: str, date: str) -> None:
    events = of_type(extract(text, PUB), event_type)
    assert events, text
    assert events[0]["date"] == date, (text, [e["date"] for e in events])


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        # a weekend with no since is its own days
        ("Police arrested 40 activists in Egypt over the weekend, officials said.", "arrest", "2020-11-14"),
        # the highest since the start of the month: a comparison, no beginning
        ("Police arrested more activists in Egypt on Tuesday than on any day since the start of the month.", "arrest", "2020-11-17"),
    ],
)
def test_other_times_keep_their_reading(text: str, event_type: str, date: str) -> None:
    events = of_type(extract(text, PUB), event_type)
    assert events, text
    assert events[0]["date"] == date, (text, [e["date"] for e in events])
