"""A truce named only by its broker ("a truce brokered by Washington", "هدنة بوساطة واشنطن") holds
where the fighting told before it took place, not in the broker's country, which mediates and
is never the place."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "The army and the paramilitary forces fought for a third week in Sudan on Saturday. "
        "A 72-hour truce brokered by Washington in late April was repeatedly violated.",
        "تواصلت المعارك بين الجيش وقوات الدعم السريع في السودان يوم السبت للأسبوع الثالث. "
        "وكانت هدنة لمدة 72 ساعة بوساطة واشنطن أواخر أبريل قد انهارت سريعا.",
    ],
)
def test_a_brokered_truce_holds_where_the_war_is_fought(text):
    found = of_type(extract(text, "2023-05-21"), "ceasefire")
    assert found, extract(text, "2023-05-21")
    assert {(ev["location"] or {}).get("country") for ev in found} == {"SDN"}, found
    assert all("USA" in ev["countries"] for ev in found), found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A cessation of hostilities brokered by the United States and Russia went into force in Syria on Tuesday.", "SYR"),
        ("A ceasefire brokered by Qatar and Egypt took effect in Gaza on Tuesday.", "PSE"),
        ("دخلت هدنة بوساطة روسيا وتركيا حيز التنفيذ في سوريا الثلاثاء.", "SYR"),
    ],
)
def test_a_truce_named_only_with_its_brokers_holds_where_its_sentence_places_it(text, place):
    found = of_type(extract(text, "2016-02-27"), "ceasefire")
    assert found, text
    assert (found[0]["location"] or {}).get("country") == place, found[0]["location"]
    assert place in found[0]["countries"], found[0]["countries"]
