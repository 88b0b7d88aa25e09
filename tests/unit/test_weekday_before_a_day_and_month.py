"""A weekday with its article right before a day and month (يوم الجمعة 16 يونيو) is that
weekday, the date in apposition: the deed is dated by the day and month, as on Friday,
June 16 is; a noun that makes the date a name (جمعة 28 يناير، ثورة 25 يناير) still does."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


def _events(text: str, published: str) -> list[tuple[str, str | None]]:
    return sorted((e["event_type"], e["date"]) for e in extract(text, published))


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("وتجمع عشرات الصحفيين أمام نقابتهم في القاهرة يوم الجمعة 16 يونيو/ حزيران.", "2017-06-25", [("protest", "2017-06-16")]),
        ("وتظاهر المئات في وسط القاهرة الجمعة 16 يونيو.", "2017-06-25", [("protest", "2017-06-16")]),
        ("Dozens of journalists protested outside their union in Cairo on Friday, June 16.", "2017-06-25", [("protest", "2017-06-16")]),
    ],
)
def test_a_weekday_before_a_day_and_month_dates_by_them(text, published, expected):
    assert _events(text, published) == expected


def test_a_named_friday_is_still_a_name() -> None:
    found = _events("وأعاد الناشطون في القاهرة إحياء ذكرى جمعة 28 يناير أمس.", "2017-06-25")
    assert all(date != "2017-01-28" for _, date in found)
