"""Time expressions of news prose. A day counted from the publication (أمس، اليوم، yesterday,
today) written with a weekday beside it (أمس الأربعاء، اليوم الخميس، yesterday, Wednesday) names
one day; when the two disagree by one day, the text was written a day before or after the day it
is dated by, and the weekday names the day meant. When they agree, or are further apart, the
counted day stands."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.temporal import find_dates

PUB = "2020-11-11"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the weekday is the day of the publication: written the day after
        ("قتل خمسة جنود في هجوم على حاجز أمس الأربعاء.", "2020-11-11"),
        ("Five soldiers were killed yesterday, Wednesday, in an attack on a checkpoint.", "2020-11-11"),
        # the weekday is two days before the publication: written the day before
        ("قتل خمسة جنود في هجوم على حاجز أمس الاثنين.", "2020-11-09"),
        ("تظاهر الآلاف في العاصمة اليوم الثلاثاء.", "2020-11-10"),
        # agreeing: the counted day
        ("قتل خمسة جنود في هجوم على حاجز أمس الثلاثاء.", "2020-11-10"),
        ("تظاهر الآلاف في العاصمة اليوم الأربعاء.", "2020-11-11"),
        # further apart: the counted day
        ("قتل خمسة جنود في هجوم على حاجز أمس السبت.", "2020-11-10"),
    ],
)
def test_weekday_names_the_counted_day(text: str, value: str) -> None:
    found = find_dates(text, PUB)
    assert [d.value for d in found] == [value], (text, found)


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        ("وقتل 12 مسلحا في مواجهات مع الجيش في محافظة الحديدة اليمنية أمس الأربعاء.", "attack", "2020-11-11"),
        ("Twelve militants were killed in clashes with the army in Yemen yesterday, Wednesday.", "attack", "2020-11-11"),
    ],
)
def test_deed_dated_by_the_weekday(text: str, event_type: str, date: str) -> None:
    events = of_type(extract(text, PUB), event_type)
    assert events, text
    assert events[0]["date"] == date, (text, [e["date"] for e in events])
