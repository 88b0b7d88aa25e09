"""A strike begun or started by a trade (air traffic controllers, farmers, journalists) is a
labour protest, not an attack, though it stands at an airport; a strike begun by jets on a place
is an attack (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

_PUBLISHED = "2018-06-10"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Air traffic controllers began a strike at Tunis airport on Saturday.", "protest"),
        ("Farmers in Kairouan started a general strike on Saturday.", "protest"),
        ("Journalists at the state broadcaster in Tunis began a strike on Saturday.", "protest"),
        ("بدأ المراقبون الجويون إضرابا في مطار تونس قرطاج يوم السبت.", "protest"),
        # a strike of jets on a place
        ("Israeli jets began a strike on Gaza airport on Saturday.", "attack"),
        ("شنت طائرات إسرائيلية غارة على مطار غزة يوم السبت.", "attack"),
    ],
)
def test_a_strike_begun_by_a_trade_is_a_protest(text, event_type):
    assert [e["event_type"] for e in extract(text, _PUBLISHED)] == [event_type]
