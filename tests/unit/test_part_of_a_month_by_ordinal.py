"""A part of a month named by an ordinal after a definite noun ("خلال النصف الثاني من يوليو")
dates by that month; the ordinal is the noun's adjective, no day of the month."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

from events.temporal import find_dates


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("وكانت بغداد قد حشدت نحو 30 ألف جندي على الحدود خلال النصف الثاني من يوليو.", "1990-08-03", "1990-07"),
        ("تراجعت الصادرات في النصف الأول من مارس 2019.", "2021-08-03", "2019-03"),
    ],
)
def test_the_month_dates_the_part(text: str, published: str, value: str) -> None:
    values = [d.value for d in find_dates(text, published, "ar")]
    assert values == [value], values
    assert not [v for v in values if len(v) == 10], values  # no invented second of the month


def test_the_deed_takes_the_month() -> None:
    found = extract("وكانت بغداد قد حشدت نحو 30 ألف جندي على الحدود مع الكويت خلال النصف الثاني من يوليو.", "1990-08-03")
    assert [(e["event_type"], e["date"]) for e in found] == [("deployment", "1990-07")], found


def test_the_second_of_a_month_is_still_a_day() -> None:
    assert [d.value for d in find_dates("وصل الوفد في الثاني من يوليو 2019.", "2021-08-03", "ar")] == ["2019-07-02"]
