"""A strike told right after the offensive it belongs to, naming no place of its own, took place
where that fighting did, not in the striking state's own land (events/assemble/war_places_before.py)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Turkey launched an air and ground offensive against Kurdish militants in northern Iraq on Monday. "
            "Turkish warplanes struck bunkers, tunnels and ammunition depots on Tuesday.",
            "2022-04-19",
        ),
        (
            "شنت تركيا هجوما جويا وبريا على مسلحين أكراد في شمال العراق يوم الاثنين. "
            "وقصفت طائرات حربية تركية مخابئ وأنفاقا يوم الثلاثاء.",
            "2022-04-19",
        ),
    ],
)
def test_a_strike_after_an_offensive_abroad_is_placed_where_it_was_fought(text, day):
    strike = next(e for e in of_type(extract(text, "2022-04-20"), "attack") if e["date"] == day)
    assert strike["location"]["country"] == "IRQ"
    assert {"TUR", "IRQ"} <= set(strike["countries"])


@pytest.mark.parametrize(
    "text",
    [
        # the fighting before it was in the striking state's own land
        "Kurdish militants attacked a Turkish army post in Hakkari on Monday. Turkish warplanes struck bunkers on Tuesday.",
        # fighting of others: Iran fought no part of Israel's offensive
        "Israel launched a ground offensive in southern Lebanon on Monday. Iranian missiles struck two military bases on "
        "Tuesday, Iranian officials said.",
        # no fighting told before it
        "Turkey's economy grew by 7 percent in the first quarter. Turkish warplanes struck bunkers on Tuesday.",
    ],
)
def test_a_strike_after_no_fighting_abroad_keeps_its_own_place(text):
    strike = next(e for e in of_type(extract(text, "2022-04-20"), "attack") if e["date"] == "2022-04-19")
    assert len(strike["countries"]) == 1 and strike["location"]["country"] == strike["countries"][0]
