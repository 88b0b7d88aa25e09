""""The same day" (في اليوم نفسه، on the same day) takes the day of a deed done, the last time told
before it that is not after the publication: a day a deal sets for what is still to come
(«وبدء مفاوضات بين الأفغان في العاشر من مارس», "talks are to begin on March 10") is none it
points back to, so the deed it dates is not dropped as one still to come (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2020-03-01"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "الدوحة - وقعت الولايات المتحدة وحركة طالبان أمس السبت اتفاقا في الدوحة. وينص الاتفاق على بدء مفاوضات "
            "بين الأفغان في العاشر من مارس/آذار. وفي اليوم نفسه، زار وزير الدفاع الأميركي مارك إسبر العاصمة الأفغانية كابل.",
            "2020-02-29",
        ),
        (
            "DOHA (Reuters) - The United States and the Taliban signed a deal in Doha on Saturday. The deal provides for "
            "talks between Afghans to begin on March 10. On the same day, U.S. Defense Secretary Mark Esper visited Kabul.",
            "2020-02-29",
        ),
        # a day told before that is past still dates it
        (
            "وقعت الولايات المتحدة وحركة طالبان اتفاقا في الدوحة في 29 فبراير. وفي اليوم نفسه، زار وزير الدفاع الأميركي العاصمة الأفغانية كابل.",
            "2020-02-29",
        ),
    ],
)
def test_the_same_day_is_that_of_a_deed_done(text: str, date: str) -> None:
    found = of_type(extract(text, PUBLISHED), "visit")
    assert [e["date"] for e in found] == [date], found
