"""English round 20: the name of a fixed day of the year ("on New Year's Eve", "on Christmas
Day") dates an event as that day and month written without a year would."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.temporal import find_dates


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("Supporters of the militia then stormed the outer wall of the US embassy in Baghdad on New Year's Eve.", "2020-01-06", "2019-12-31"),
        ("Gunmen attacked a church in Alexandria on New Year\u2019s Day.", "2011-01-05", "2011-01-01"),
        ("Syrian government forces shelled Douma on Christmas Day, killing four people.", "2016-12-28", "2016-12-25"),
        ("Egyptian police arrested the activist Alaa Abdel Fattah in Cairo on Christmas Eve.", "2019-01-10", "2018-12-24"),
    ],
)
def test_named_day_dates_the_event(text: str, published: str, value: str) -> None:
    events = extract(text, published)
    assert [e["date"] for e in events] == [value]


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("اقتحم أنصار الفصيل السفارة ليلة رأس السنة.", "2020-01-06", "2019-12-31"),
        ("The rally was held on New Year's Eve.", "2023-01-03", "2022-12-31"),
        ("The talks are due to resume on New Year's Day.", "2023-12-20", "2024-01-01"),
    ],
)
def test_named_day_is_a_time_expression(text: str, published: str, value: str) -> None:
    assert [m.value for m in find_dates(text, published)] == [value]


def test_named_day_dates_a_truce() -> None:
    assert [e["date"] for e in of_type(extract("A truce between the Yemeni government and the Houthis took effect on Christmas Day.", "2019-01-10"), "ceasefire")] == ["2018-12-25"]
