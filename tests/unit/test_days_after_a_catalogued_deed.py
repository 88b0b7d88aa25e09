"""A deed told as so many days after a catalogued deed named with no day of the text's own
("Israel launched air strikes on Gaza a day after the October 7 attack", «تظاهر آلاف الإيرانيين في
طهران بعد يومين من مقتل قاسم سليماني»): two deeds, the later one dated by the catalog's day plus
the days counted, not by the publication, a comma before the count or not. A day of the deed's own
stays; a count of years is no count of days."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "kind", "dates"),
    [
        ("Thousands of Iranians protested in Tehran two days after the killing of Qassem Soleimani.", "2020-01-20", "protest", ["2020-01-05"]),
        ("تظاهر آلاف الإيرانيين في طهران بعد يومين من مقتل قاسم سليماني.", "2020-01-20", "protest", ["2020-01-05"]),
        ("Israel launched air strikes on Gaza a day after the October 7 attack.", "2023-11-20", "attack", ["2023-10-07", "2023-10-08"]),
        # a comma right before the count sets off the count alone
        ("Thousands of Iranians protested in Tehran, two days after the killing of Qassem Soleimani.", "2020-01-20", "protest", ["2020-01-05"]),
        ("تظاهر آلاف الإيرانيين في طهران، بعد يومين من مقتل قاسم سليماني.", "2020-01-20", "protest", ["2020-01-05"]),
        (
            "Adly Mansour was sworn in as interim president, a day after the military ousted Mohammed Morsi.",
            "2013-07-20",
            "appointment",
            ["2013-07-03", "2013-07-04"],
        ),
        # near-misses: a day of the deed's own; a count of years
        (
            "Thousands of Iranians protested in Tehran on Saturday, two days after the killing of Qassem Soleimani.",
            "2020-01-06",
            "protest",
            ["2020-01-04"],
        ),
        ("تظاهر آلاف الإيرانيين في طهران يوم السبت، بعد يومين من مقتل قاسم سليماني.", "2020-01-06", "protest", ["2020-01-04"]),
        ("تظاهر آلاف الإيرانيين في طهران بعد عامين من مقتل قاسم سليماني.", "2022-01-20", "protest", ["2022-01-20"]),
    ],
)
def test_counted_from_the_catalogued_day(text, published, kind, dates):
    events = of_type(extract(text, published), kind)
    assert sorted(e["date"] for e in events) == dates
