"""A deed told a few days after a deed told before with a month only («زار جدة في اليوم التالي
للقطيعة», "a day after the boycott") took place in that month, as far as the text tells; a day
told before still gives the day."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "قطعت السعودية والإمارات والبحرين ومصر علاقاتها مع قطر في يونيو/حزيران 2017. "
            "وقد زار أمير الكويت جدة في اليوم التالي للقطيعة والتقى العاهل السعودي الملك سلمان.",
            "2017-06",
        ),
        (
            "Saudi Arabia and the UAE cut ties with Qatar in June 2017. "
            "The Kuwaiti emir visited Jeddah a day after the boycott and met King Salman.",
            "2017-06",
        ),
        (
            "Saudi Arabia and the UAE cut ties with Qatar on June 5, 2017. "
            "The Kuwaiti emir visited Jeddah a day after the boycott and met King Salman.",
            "2017-06-06",
        ),
    ],
)
def test_a_visit_days_after_a_dated_deed(text: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, "2020-09-30"), "visit")] == [date]


def test_a_month_gives_no_date_to_a_count_of_weeks() -> None:
    text = (
        "Saudi Arabia and the UAE cut ties with Qatar in June 2017. "
        "The Kuwaiti emir visited Jeddah three weeks after the boycott and met King Salman."
    )
    assert [e["date"] for e in of_type(extract(text, "2020-09-30"), "visit")] != ["2017-06"]
