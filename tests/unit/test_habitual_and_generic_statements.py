"""What a group does as a rule (regularly stages bombings, typically shells, دأبت على شن, اعتاد قصف)
and what was done to none (none of the protesters has been arrested, not a single activist
was detained) are no events of the day; the deed of a day told with the same words, and a
deed told beside a habit in another clause, stay events."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2024-02-06"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a habitual adverb before the event word
        ("Al-Shabaab regularly stages bombings in Mogadishu.", "attack"),
        ("The Syrian army typically shells villages in Idlib.", "attack"),
        ("ودأبت حركة الشباب على شن هجمات على الثكنات في مقديشو.", "attack"),
        ("واعتاد الجيش السوري قصف القرى في ريف إدلب.", "attack"),
        # a subject of none: no such deed was done
        ("None of the Iranian protesters has been arrested.", "arrest"),
        ("Not a single Bahraini activist was detained.", "arrest"),
    ],
)
def test_a_habit_or_a_deed_not_done_is_no_event(text, event_type):
    found = of_type(extract(text, PUBLISHED), event_type)
    assert found == [], found


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Al-Shabaab staged a bombing in Mogadishu on Monday.", "attack"),
        ("Houthi rebels fired drones at ships off Yemen on Monday.", "attack"),
        ("The Syrian army shelled villages in Idlib on Monday.", "attack"),
        ("Israeli forces raided towns in the West Bank on Monday.", "attack"),
        ("وشنت حركة الشباب هجوما على مواقع الجيش في مقديشو يوم الاثنين.", "attack"),
        ("وقصف الجيش السوري القرى في ريف إدلب يوم الاثنين.", "attack"),
        ("والتقى وزير الخارجية القطري نظيره السعودي في الرياض يوم الاثنين.", "visit"),
        ("Bahraini police detained a prominent activist on Monday.", "arrest"),
        ("Iranian police arrested dozens of activists on Monday.", "arrest"),
        # a habit told beside a deed of the day: the cue governs only its own clause
        ("Al-Shabaab, which regularly stages attacks in the north, bombed a market in Mogadishu on Monday.", "attack"),
        ("وشنت حركة الشباب التي عادة ما تستهدف الثكنات هجوما على سوق في مقديشو يوم الاثنين.", "attack"),
        ("The Syrian army, which frequently shells Idlib, raided a village near Aleppo on Monday.", "attack"),
    ],
)
def test_the_deed_of_a_day_stays_an_event(text, event_type):
    found = of_type(extract(text, PUBLISHED), event_type)
    assert found, text
