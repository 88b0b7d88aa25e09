"""The effects, repercussions or aftermath of an event (تداعيات، آثار، the impact of) presuppose
that event: told without a date or a catalog entry of its own, it is not the day's news."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("الآثار السلبية للعقوبات الأمريكية على اقتصاد إيران", []),
        ("وتتفاقم تداعيات العقوبات الأمريكية على الاقتصاد الإيراني.", []),
        ("The impact of US sanctions on Iran's economy has deepened.", []),
        ("The fallout from US sanctions on Iran has hit the rial.", []),
        # a catalogued event named after such a word keeps its own date
        ("وتحدث الوزير عن تداعيات مقاطعة قطر.", [("sanctions", "2017-06-05")]),
        # the deed told by its own verb stays
        ("وفرضت واشنطن عقوبات جديدة على طهران، ما زاد من آثار العقوبات على الاقتصاد.", [("sanctions", "2018-06-26")]),
        ("Washington imposed new sanctions on Tehran, deepening the impact of sanctions on its economy.", [("sanctions", "2018-06-26")]),
    ],
)
def test_effects_of_an_event_recall_it(text, expected):
    assert [(e["event_type"], e["date"]) for e in extract(text, "2018-06-26")] == expected
