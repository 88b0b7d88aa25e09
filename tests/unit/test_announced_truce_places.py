"""A truce announced or sponsored by a third state ("a truce announced by Washington", "هدنة
رعتها الرياض") holds where the fighting told before it took place, not in the announcer's
country; a truce its text places in the announcer's capital is held there."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

_WAR_EN = "The army and the paramilitary forces fought for a third week in Sudan on Saturday. "
_WAR_AR = "تواصلت المعارك بين الجيش وقوات الدعم السريع في السودان يوم السبت للأسبوع الثالث. "


@pytest.mark.parametrize(
    ("text", "place", "party"),
    [
        (_WAR_EN + "A 72-hour truce announced by Washington in late April was repeatedly violated.", "SDN", "USA"),
        (_WAR_EN + "A 72-hour truce sponsored by Riyadh in late April was repeatedly violated.", "SDN", "SAU"),
        (_WAR_AR + "وكانت هدنة لمدة 72 ساعة رعتها الرياض أواخر أبريل قد انهارت سريعا.", "SDN", "SAU"),
        (_WAR_AR + "وكانت هدنة لمدة 72 ساعة أعلنتها واشنطن أواخر أبريل قد انهارت سريعا.", "SDN", "USA"),
        # the text places the truce in the announcer's capital: it is held there
        (_WAR_EN + "A 72-hour truce sponsored by Saudi Arabia was signed in Jeddah in late April.", "SAU", "SAU"),
        (_WAR_AR + "ووقع الطرفان في جدة أواخر أبريل هدنة لمدة 72 ساعة رعتها السعودية.", "SAU", "SAU"),
    ],
)
def test_an_announced_truce_holds_where_the_war_is_fought(text, place, party):
    found = of_type(extract(text, "2023-05-21"), "ceasefire")
    assert found, extract(text, "2023-05-21")
    assert {(ev["location"] or {}).get("country") for ev in found} == {place}, found
    assert all(party in ev["countries"] for ev in found), found
