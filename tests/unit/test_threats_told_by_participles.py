"""A threat or a warning told by an Arabic participle (متوعدا، مهددا، محذرا) governs the event word
after it as a verb of threat does: the threatened deed is not an event."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("وقال ترامب متوعدا بعقوبات اقتصادية ضد طهران.", []),
        ("وقال الوزير مهددا بقطع العلاقات مع قطر.", []),
        ("وخرج المتحدث العسكري محذرا من هجوم وشيك على المدينة.", []),
        ("وتوعد ترامب بعقوبات اقتصادية ضد طهران.", []),
        ("Trump spoke on Tuesday, threatening sanctions against Tehran.", []),
        # the deed done stays, the threat after it does not take it away
        ("وفرضت واشنطن عقوبات على طهران، متوعدة بالمزيد.", ["sanctions"]),
        ("Washington imposed sanctions on Tehran on Tuesday, threatening more.", ["sanctions"]),
    ],
)
def test_a_threat_told_by_a_participle_is_no_event(text, types):
    assert [e["event_type"] for e in extract(text, "2018-05-13")] == types
