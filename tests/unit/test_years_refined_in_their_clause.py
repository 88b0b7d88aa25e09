"""A year told by a word of the calendar ("last year", العام الماضي) and told again in the same
clause by a month written with that year ("in February 2019", في فبراير 2019): the deed takes
the month (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        ("وكانت المناورات قد جرت العام الماضي في السنغال وموريتانيا في مارس 2019، بمشاركة قوات أمريكية.", "2020-02-20", "military_exercise", "2019-03"),
        ("US and Senegalese special forces held the drills last year in Senegal in March 2019.", "2020-02-20", "military_exercise", "2019-03"),
        ("أجرت القوات المصرية والسعودية مناورات مشتركة هذا العام في سيناء في أبريل 2021.", "2021-10-01", "military_exercise", "2021-04"),
    ],
)
def test_a_month_written_with_the_year_dates_the_deed(text, published, event_type, date) -> None:
    found = of_type(extract(text, published), event_type)
    assert [(e["date"], e["date_precision"]) for e in found] == [(date, "month")]
