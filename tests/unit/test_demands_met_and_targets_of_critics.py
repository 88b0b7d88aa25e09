""""Meeting a key demand of his critics" fulfils a demand and "meeting only scattered resistance"
tells an advance, no meeting; "a target of critics" is criticism, no attack. A meeting held and a
target struck stay events."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "kind"),
    [
        (
            "Musharraf was sworn in for a second term as a civilian president in Pakistan, meeting a key demand of "
            "his critics.",
            "2007-12-28",
            "meeting",
        ),
        ("The government in Cairo met the demands of striking workers on Monday.", "2011-02-15", "meeting"),
        (
            "Rebel tanks moved through the centre of Addis Ababa in Ethiopia at dawn, meeting only scattered "
            "resistance from remnants of the army.",
            "1991-05-28",
            "meeting",
        ),
        (
            "Awadallah, who served as the Jordanian king's envoy to Saudi Arabia, had long been a target of critics "
            "who blamed him for unpopular economic reforms.",
            "2021-04-04",
            "attack",
        ),
    ],
)
def test_no_event(text: str, published: str, kind: str) -> None:
    assert not of_type(extract(text, published), kind)


@pytest.mark.parametrize(
    ("text", "published", "kind", "date"),
    [
        ("Pakistan's prime minister met India's foreign minister in Islamabad on Monday.", "2007-12-28", "meeting", "2007-12-24"),
        ("Israeli jets targeted Hamas positions in Gaza on Monday.", "2021-05-18", "attack", "2021-05-17"),
    ],
)
def test_still_events(text: str, published: str, kind: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, published), kind)] == [date]


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("Erdogan met Assad in Ankara on Saturday despite fierce opposition from his allies.", "2019-02-10", "2019-02-09"),
        ("Biden met Putin in Geneva on Wednesday despite strong resistance from Republicans.", "2021-06-10", "2021-06-09"),
    ],
)
def test_a_meeting_despite_opposition_is_held(text: str, published: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, published), "meeting")] == [date]


def test_troops_meeting_resistance_hold_no_meeting() -> None:
    text = "Israeli troops met limited resistance as they pushed into Khan Younis in Gaza on Saturday."
    assert not of_type(extract(text, "2023-12-10"), "meeting")
