"""A deed told as so many days after a deed its clause dates to a day ("a week after ... on Feb.
27", "two days after ... on Monday", "بعد يومين من ... يوم الاثنين", "غداة ... يوم السبت") took
place that many days after that day: neither on that day, the other deed's, nor on the
publication's day. A day of the deed's own before the count keeps it (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2020-03-06"  # a Friday


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        (
            "Erdogan flew to Moscow a week after 34 Turkish soldiers were killed in an air strike in Idlib on Feb. 27.",
            "visit",
            "2020-03-05",
        ),
        ("Protesters took to the streets of Amman two days after the government raised fuel prices on Monday.", "protest", "2020-03-04"),
        ("وجاءت الاحتجاجات في الأردن غداة تعديل وزاري أجراه الملك يوم السبت.", "protest", "2020-03-01"),
        ("تظاهر المئات في الأردن بعد يومين من رفع الحكومة أسعار الوقود يوم الاثنين.", "protest", "2020-03-04"),
    ],
)
def test_a_deed_counted_after_a_dated_deed(text, event_type, date) -> None:
    found = of_type(extract(text, PUBLISHED), event_type)
    assert [(e["date"], e["date_precision"]) for e in found] == [(date, "day")]


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        ("On Thursday, Jordan recalled its ambassador two days after Israeli police raided the mosque on Tuesday.", "sanctions", "2020-03-05"),
        ("استدعى الأردن، الخميس، سفيره لدى إسرائيل بعد يومين من اقتحام الشرطة الإسرائيلية المسجد الثلاثاء.", "sanctions", "2020-03-05"),
    ],
)
def test_a_day_of_its_own_is_kept(text, event_type, date) -> None:
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), event_type)] == [date]
