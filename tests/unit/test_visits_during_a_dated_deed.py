"""A visit set off by a comma and "during" (خلال، أثناء) after a deed told with its date took place
with that deed: it is an event of the deed's date, not a background one left with no date of its
own nor the publication's day."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # a month and a year closing a relative clause, then a comma and "during"
        (
            "The court upheld the border agreement that was signed in April 2016, during a five-day visit "
            "to Cairo by the Saudi king.",
            "2017-06-25",
            "2016-04",
        ),
        # a weekday closing the clause of the deal reached
        (
            "The ruling ended a dispute over a fishing deal that Oman and Yemen reached in Muscat last Thursday, "
            "during a visit by the Yemeni foreign minister.",
            "2022-11-14",
            "2022-11-10",
        ),
        # Arabic: a weekday and الماضي closing the relative clause, then a comma and خلال
        (
            "وبدأ تنفيذ اتفاق تبادل الأسرى الذي توصل إليه وزير الخارجية الأردني ونظيره العراقي في بغداد "
            "الأحد الماضي، خلال زيارة قام بها الوزير الأردني إلى العاصمة العراقية.",
            "2022-03-09",
            "2022-03-06",
        ),
        # Arabic: the deal a circumstance of the sentence's decision
        (
            "وجاء القرار بعد اتفاق على تبادل الأسرى الذي توصل إليه وزير الخارجية الأردني ونظيره العراقي في بغداد "
            "الأحد الماضي، خلال زيارة قام بها الوزير الأردني إلى العاصمة العراقية.",
            "2022-03-09",
            "2022-03-06",
        ),
    ],
)
def test_a_visit_during_a_dated_deed_takes_its_date(text: str, published: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, published), "visit")] == [date]
