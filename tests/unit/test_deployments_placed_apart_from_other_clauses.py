"""A deployment is placed where its forces went, not where another clause's event happened: a sea
named in a later clause of another event word ("sent troops to Saudi Arabia in October, and a
maritime coalition began escorting ships through the Strait of Hormuz") is that event's, and the place of a gathering or a deal
told after "the day after" (غداة) is not where the troops deployed («بدأت الشرطة العسكرية الروسية
الانتشار في شمال شرق سوريا، غداة اتفاق ... في سوتشي»); a measure told after a meeting stays
unplaced by it as before (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

_PUBLISHED = "2019-10-23"


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "The Pentagon sent 3,000 troops to Saudi Arabia in October, and a US-led maritime coalition "
            "began escorting ships through the Strait of Hormuz last month.",
            "sent",
            "SAU",
        ),
        (
            "بدأت وحدات من الشرطة العسكرية الروسية، اليوم الأربعاء، الانتشار في مناطق بشمال شرق سوريا على "
            "الحدود مع تركيا، غداة اتفاق توصل إليه بوتين وأردوغان في منتجع سوتشي على البحر الأسود.",
            "بدأت",
            "SYR",
        ),
    ],
)
def test_a_deployment_is_placed_in_its_own_clause(text, trigger, place):
    events = [e for e in extract(text, _PUBLISHED) if e["event_type"] == "deployment" and e["trigger"] == trigger]
    assert len(events) == 1
    assert (events[0]["location"] or {}).get("country") == place


def test_a_measure_after_a_meeting_keeps_its_place():
    events = [
        e
        for e in extract("The EU imposed sanctions on Iran on Wednesday after a meeting in Brussels.", _PUBLISHED)
        if e["event_type"] == "sanctions"
    ]
    assert len(events) == 1
    assert (events[0]["location"] or {}).get("country") is None
