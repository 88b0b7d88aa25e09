"""A grenade told in the passive as thrown ("a grenade had been hurled at a rally") is an attack,
which the rally it targeted does not displace; a body of states or members that voted to do
something ("The League voted on Nov. 12 to suspend Syria's membership") held no election."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "published", "told"),
    [
        (
            "On June 26, a delegation led by Eritrea's foreign minister held talks in Addis Ababa. Three days earlier, "
            "a grenade had been hurled at a rally in the Ethiopian capital attended by Abiy, killing two people.",
            "2018-07-09",
            ("attack", "2018-06-23"),
        ),
        (
            "A hand grenade was thrown at a police patrol in Srinagar on Monday, wounding three officers in India.",
            "2021-03-02",
            ("attack", "2021-03-01"),
        ),
        ("Kenyans voted on Tuesday in a presidential election.", "2022-08-10", ("election", "2022-08-09")),
        # a board that speaks of the vote did not cast it
        ("Kenyans voted on Tuesday, the electoral board said.", "2022-08-10", ("election", "2022-08-09")),
    ],
)
def test_the_deed_is_told(text: str, published: str, told: tuple[str, str]) -> None:
    assert told in [(e["event_type"], e["date"]) for e in extract(text, published)]


@pytest.mark.parametrize(
    ("text", "published", "event_type"),
    [
        ("The Arab League voted on Nov. 12 to suspend Syria's membership in Cairo.", "2011-11-27", "election"),
        ("Stun grenades were thrown to disperse protesters in Baghdad on Friday.", "2019-10-05", "attack"),
        # a case thrown out of court is no grenade thrown
        (
            "The case against the man accused over the grenade was thrown out by a court in Srinagar on Monday.",
            "2021-03-02",
            "attack",
        ),
    ],
)
def test_no_such_deed(text: str, published: str, event_type: str) -> None:
    assert event_type not in [e["event_type"] for e in extract(text, published)]
