"""A harm a state suffers from sanctions (an economy crushed by sanctions, crippled by Western
sanctions, اقتصاد أنهكته العقوبات) is no event of the day; sanctions imposed on a day stay."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2024-02-06"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Tehran needs calm for an economy crushed by U.S. sanctions.", "sanctions"),
        ("Iran's economy, crippled by Western sanctions, shrank by four percent.", "sanctions"),
        ("Syria's government, battered by sanctions, asked Moscow for fuel.", "sanctions"),
    ],
)
def test_a_harm_suffered_is_no_event(text, event_type):
    found = of_type(extract(text, PUBLISHED), event_type)
    assert found == [], found


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        ("Washington imposed new sanctions on Iran on Monday.", "sanctions", "2024-02-05"),
        ("وفرضت واشنطن عقوبات جديدة على إيران يوم الاثنين.", "sanctions", "2024-02-05"),
        ("Iran's economy is reeling from new U.S. sanctions imposed on Monday.", "sanctions", "2024-02-05"),
    ],
)
def test_sanctions_of_a_day_stay(text, event_type, date):
    found = of_type(extract(text, PUBLISHED), event_type)
    assert [e["date"] for e in found] == [date], found
