"""Talks told as the setting of a deal, naming no side of their own, were held between the
sides the sentence names before them (events/assemble/setting_talks.py)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "sides", "venue"),
    [
        ("Iran and Saudi Arabia agreed on Friday to re-establish relations after talks in Beijing.", {"IRN", "SAU"}, "CHN"),
        (
            "Iran and Saudi Arabia agreed on Friday to re-establish relations, in a deal brokered by China after talks in Beijing.",
            {"IRN", "SAU"},
            "CHN",
        ),
        # two sides of one state, no state named as such
        ("Sudan's army and the RSF agreed to a truce on Saturday after two weeks of talks in Jeddah.", {"SDN"}, "SAU"),
    ],
)
def test_talks_told_as_a_setting_are_between_the_deal_s_sides(text, sides, venue):
    talks = of_type(extract(text, "2023-03-10"), "meeting")
    assert len(talks) == 1
    assert sides | {venue} <= set(talks[0]["countries"])
    assert talks[0]["location"]["country"] == venue


@pytest.mark.parametrize(
    "text",
    [
        # one side: a state and its leader are one party
        "Egypt's President Sisi said on Monday after talks in Cairo that the crossing would reopen.",
        # a state that welcomed the deal is no side of the talks
        "The White House welcomed the agreement Iran and Saudi Arabia reached on Friday after talks in Beijing, "
        "and Egypt hailed it.",
        # talks with sides of their own keep them
        "Iran and Saudi Arabia agreed on Friday to restore ties after talks between Chinese and Omani envoys in Muscat.",
    ],
)
def test_talks_with_one_side_before_them_or_sides_of_their_own_keep_their_own(text):
    talks = of_type(extract(text, "2023-03-10"), "meeting")
    assert all(not {"IRN", "SAU"} <= set(e["countries"]) or "EGY" in e["countries"] for e in talks)
    assert all(e["actor1"] not in ("SAU", "IRN", "us_presidency", "EGY") or "EGY" in e["countries"] for e in talks)
    assert all("USA" not in e["countries"] for e in talks)
