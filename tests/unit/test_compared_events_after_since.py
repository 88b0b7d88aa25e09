"""An event named by its own word after "since" of a comparison, with its time written between
that word and "since" or right before it ("الأوسع منذ احتجاجات نوفمبر 2019", "the largest since
the November 2019 protests"), is the past event compared with, dated by that time; a bare time
after "since" of a comparison ("الأكبر منذ عام 2019", "the largest since 2019") dates no event."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

_NEWS_AR = "تتواصل الاحتجاجات في مدن إيرانية عدة لليلة السابعة على التوالي. "
_NEWS_EN = "Protests spread to dozens of cities in Iran on Thursday. "


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            _NEWS_AR + "وتعد هذه الاحتجاجات الأوسع في إيران منذ احتجاجات نوفمبر/ تشرين الثاني 2019 التي اندلعت "
            "إثر رفع أسعار البنزين.",
            ["2019-11", "2022-09-23"],
        ),
        (
            _NEWS_AR + "وتعد هذه الاحتجاجات الأوسع في إيران منذ احتجاجات نوفمبر 2019.",
            ["2019-11", "2022-09-23"],
        ),
        (_NEWS_EN + "The protests are the largest in Iran since the November 2019 protests.", ["2019-11", "2022-09-22"]),
        # no event word of the past after "since": the time compared with dates nothing
        (_NEWS_AR + "وتعد هذه الاحتجاجات الأوسع في إيران منذ نوفمبر 2019.", ["2022-09-23"]),
        (_NEWS_AR + "وتعد هذه الاحتجاجات الأكبر في إيران منذ عام 2019.", ["2022-09-23"]),
        (_NEWS_EN + "The protests are the largest in Iran since 2019.", ["2022-09-22"]),
    ],
)
def test_an_event_compared_with_is_dated_by_its_own_time(text, dates):
    found = extract(text, "2022-09-23")
    assert sorted(e["date"] for e in found if e["event_type"] == "protest") == dates
