"""An event word with no time of its own told as what a dated deed led to («وأفضت إلى استقالة
حكومة زيد الرفاعي» after protests of 1989; "which led to the resignation of the prime minister"
after the protests of 2011) took place in that year, not on the day of publication."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "year"),
    [
        (
            'وتعيد أحداث الكرك في الأردن إلى الأذهان "هبة نيسان" عام 1989، حين اندلعت احتجاجات عنيفة في معان '
            "إثر رفع أسعار المحروقات، وأفضت إلى استقالة حكومة زيد الرفاعي.",
            "1996-08-18",
            "1989",
        ),
        (
            "Street protests in Kuwait in November 2011, which led to the resignation of the prime minister, "
            "were the largest in the emirate's history.",
            "2012-12-02",
            "2011",
        ),
    ],
)
def test_the_result_takes_the_year_of_its_cause(text: str, published: str, year: str) -> None:
    found = of_type(extract(text, published), "appointment")
    assert [e["date"] for e in found] == [year], found


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        (
            "Street protests in Kuwait in November 2011 led to the resignation of the prime minister on "
            "November 28, 2011.",
            "2012-12-02",
            "2011-11-28",
        ),
        ("Street protests in Kuwait in 2011 led to the resignation of the prime minister in 2012.", "2013-12-02", "2012"),
    ],
)
def test_a_result_with_a_time_of_its_own_keeps_it(text: str, published: str, date: str) -> None:
    found = of_type(extract(text, published), "appointment")
    assert [e["date"] for e in found] == [date], found


def test_a_cause_told_from_now_leaves_the_usual_dating() -> None:
    text = (
        "Jordan's last major unrest was in 1989, and this month's protests over a tax bill, which led to the "
        "resignation of the government, were the largest since."
    )
    found = of_type(extract(text, "2018-06-10"), "appointment")
    assert [e["date"] for e in found] == ["2018-06"], found
