"""A deed told after غداة (the morrow of) that follows a day of its sentence («بدت الحياة طبيعية
اليوم الخميس غداة انقلاب عسكري أطاح بالرئيس») is the deed of the day before that day, kept beside
the sentence's own event even when told by a verb of another type than it (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        (
            "نواكشوط - بدت الحياة طبيعية اليوم الخميس في العاصمة غداة انقلاب عسكري أطاح بالرئيس معاوية ولد الطايع، "
            "فيما أعلن الاتحاد الأفريقي تعليق عضوية موريتانيا.",
            "2005-08-04",
            "appointment",
            "2005-08-03",
        ),
        # the sentence's own event keeps its day
        (
            "نواكشوط - بدت الحياة طبيعية اليوم الخميس في العاصمة غداة انقلاب عسكري أطاح بالرئيس معاوية ولد الطايع، "
            "فيما أعلن الاتحاد الأفريقي تعليق عضوية موريتانيا.",
            "2005-08-04",
            "sanctions",
            "2005-08-04",
        ),
        # a noun of the deed right after غداة, as before
        ("بغداد - عاد الهدوء إلى العاصمة العراقية يوم الأحد غداة هجوم شنه مسلحون على سجن أبو غريب.", "2013-07-22", "attack", "2013-07-20"),
    ],
)
def test_a_deed_of_the_eve_of_a_day(text, published, event_type, date) -> None:
    assert [e["date"] for e in of_type(extract(text, published), event_type)] == [date]
