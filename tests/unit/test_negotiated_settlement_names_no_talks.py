"""An English participle of negotiating before the noun of what talks yield ('the negotiated
settlement') names that thing and holds no talks, as «التسوية التفاوضية» holds none; a verb of
negotiating still tells talks (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "The liberation of Hodeidah port is an important tool to break out of the stalemate surrounding the "
        "negotiated settlement as a result of Houthi intransigence.",
        "ويشكل تحرير ميناء الحديدة أداة مهمة للخروج من حالة الجمود التي تلف التسوية التفاوضية نتيجة تعنت الحوثيين.",
        "Egypt called on Monday for a negotiated solution in Libya.",
        "دعت مصر الإثنين إلى حل تفاوضي في ليبيا.",
    ],
)
def test_a_negotiated_thing_is_no_meeting(text: str) -> None:
    found = of_type(extract(text, "2018-06-14"), "meeting")
    assert not found, found


@pytest.mark.parametrize(
    "text",
    [
        "Iran negotiated with the six powers in Vienna on Monday.",
        "The two sides negotiated a settlement in Geneva on Monday.",
        "تفاوضت إيران مع القوى الست في فيينا يوم الإثنين.",
        "Negotiations began in Geneva on Monday aimed at a negotiated settlement.",
    ],
)
def test_negotiating_still_tells_talks(text: str) -> None:
    found = of_type(extract(text, "2018-06-14"), "meeting")
    assert "2018-06-11" in [e["date"] for e in found], found
