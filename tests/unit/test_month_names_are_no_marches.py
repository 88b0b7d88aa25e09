"""An English month's name is no event word: "in March" dates a deed and tells no march, while
a march of people is still one."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.model import TimeMention, TriggerMention
from events.month_names import without_month_names


@pytest.mark.parametrize(
    ("text", "protests"),
    [
        ("Lebanon defaulted on its foreign debt in March, and mass protests erupted in October last year.", ["2019-10"]),
        ("The government fell in March 2019 after protests erupted in Algiers.", ["2019-02-22"]),
        ("Thousands of protesters marched in Beirut on Sunday.", ["2020-08-09"]),
        ("آلاف المحتجين ساروا في مسيرة في بيروت يوم الأحد.", ["2020-08-09"]),
    ],
)
def test_a_month_is_no_march(text, protests):
    found = of_type(extract(text, "2020-08-10"), "protest")
    assert sorted(e["date"] for e in found) == protests, found


def _trigger(text: str, start: int) -> TriggerMention:
    return TriggerMention(start, start + len(text), text, "protest", "141", weight=0.5)


def test_only_a_capitalised_word_inside_a_month_or_a_day_is_dropped():
    dates = [TimeMention(3, 16, "in March 2020", "2020-03", "month", "explicit")]
    kept = without_month_names([_trigger("March", 6), _trigger("march", 30), _trigger("protests", 20)], dates)
    assert [t.text for t in kept] == ["march", "protests"]
    year = [TimeMention(3, 10, "in 2020", "2020", "year", "explicit")]
    assert len(without_month_names([_trigger("March", 6)], year)) == 1
