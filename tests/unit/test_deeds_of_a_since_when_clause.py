"""An event word in a clause of "when" opened right after the time of a "since", after a word of
its type before "since" ("The protests are the largest in Iran since November 2019, when
demonstrations erupted", "وتعد الاحتجاجات الأوسع في إيران منذ نوفمبر 2019، عندما اندلعت
احتجاجات"), tells the deed of that time, one of its own beside the sentence's; the later deeds
of a list in that clause ("since Monday, when Riyadh expelled the ambassador, recalled its own
and froze trade") are still the first one's."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

_NEWS_AR = "تتواصل الاحتجاجات في مدن إيرانية عدة لليلة السابعة على التوالي. "
_NEWS_EN = "Protests spread to dozens of cities in Iran on Thursday. "


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            _NEWS_EN + "The protests are the largest in Iran since November 2019, when demonstrations erupted over a rise "
            "in fuel prices.",
            ["2019-11", "2022-09-22"],
        ),
        (
            _NEWS_EN + "The protests are the largest in Iran since November 2019, when demonstrations over a rise in fuel "
            "prices were crushed in a crackdown.",
            ["2019-11", "2022-09-22"],
        ),
        (
            _NEWS_AR + "وتعد الاحتجاجات الأوسع في إيران منذ نوفمبر 2019، عندما اندلعت احتجاجات على رفع أسعار الوقود.",
            ["2019-11", "2022-09-23"],
        ),
    ],
)
def test_the_deed_of_a_since_when_clause_is_its_own(text, dates):
    found = extract(text, "2022-09-23")
    assert sorted(e["date"] for e in found if e["event_type"] == "protest") == dates


@pytest.mark.parametrize(
    "text",
    [
        "ويزداد التوتر بين كندا والسعودية منذ الإثنين، عندما طردت الرياض السفير الكندي واستدعت سفيرها وجمدت "
        "العلاقات التجارية والاستثمارات.",
        "Tension between Canada and Saudi Arabia has been rising since Monday, when Riyadh expelled the Canadian "
        "ambassador, recalled its own ambassador and froze new trade.",
    ],
)
def test_the_later_deeds_of_a_list_in_the_clause_are_the_first_ones(text):
    found = extract(text, "2018-08-10")
    assert [e["date"] for e in found if e["event_type"] == "sanctions"] == ["2018-08-06"]
