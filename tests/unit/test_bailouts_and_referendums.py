"""A state that received a bailout or rescue loans got aid, not a visitor ("Greece has already
received two bailouts, in 2010 and 2012", «حصلت اليونان على حزمتي إنقاذ»). Terms rejected in a
referendum tell the vote held ("those Greeks rejected in a July 5 referendum"); a rejected
ceasefire or plan is still none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2015-07-16"


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("ATHENS - Greece has already received two bailouts, worth a combined 240 billion euros, in 2010 and 2012.", ["2010", "2012"]),
        ("أثينا - وحصلت اليونان على حزمتي إنقاذ في 2010 و2012 بقيمة 240 مليار يورو.", ["2010", "2012"]),
        ("CAIRO - Egypt secured a bailout package from the International Monetary Fund in November 2014.", ["2014-11"]),
    ],
)
def test_a_bailout_received_is_aid(text: str, dates: list[str]) -> None:
    found = extract(text, PUB)
    assert sorted(e["date"] for e in of_type(found, "aid")) == dates
    assert not of_type(found, "meeting")


def test_a_visitor_received_is_still_a_meeting() -> None:
    found = extract("ATHENS - Greek Prime Minister Tsipras received the German finance minister in Athens on Tuesday.", PUB)
    assert found and not of_type(found, "aid")


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("ATHENS - The terms are tougher than those Greeks rejected in a July 5 referendum called by Tsipras.", ["2015-07-05"]),
        ("ATHENS - The plan was rejected by voters in a referendum in Greece on July 5.", ["2015-07-05"]),
    ],
)
def test_terms_rejected_in_a_referendum_tell_the_vote(text: str, dates: list[str]) -> None:
    assert sorted(e["date"] for e in of_type(extract(text, PUB), "election")) == dates


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("ATHENS - Greece rejected a ceasefire with Turkey.", "ceasefire"),
        ("ATHENS - Greece rejected talks with Turkey on Monday.", "meeting"),
    ],
)
def test_a_rejected_deed_is_still_none(text: str, event_type: str) -> None:
    assert not of_type(extract(text, PUB), event_type)
