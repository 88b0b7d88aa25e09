"""A weapon fired or launched in a test ("North Korea test-fired two ballistic missiles",
«أطلقت كوريا الشمالية صاروخين في تجربة جديدة») is aimed at no one and is no attack; a missile
fired at a target, or fire that only puts a truce to the test, still is."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2024-03-10"  # a Sunday: "on Monday" is 2024-03-04


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("North Korea test-fired two ballistic missiles into the sea on Monday.", []),
        ("Pakistan successfully test-fired a nuclear-capable cruise missile on Monday.", []),
        ("Iran fired a new missile in a test on Monday.", []),
        ("أطلقت كوريا الشمالية صاروخين باليستيين في تجربة جديدة الاثنين.", []),
        ("أجرت إيران الاثنين تجربة لإطلاق صاروخ باليستي جديد.", []),
        # near misses: a missile fired at a place, fire that tests a truce
        ("Houthi rebels fired a ballistic missile at Riyadh on Monday.", ["2024-03-04"]),
        ("أطلق الحوثيون صاروخا باليستيا على الرياض الاثنين.", ["2024-03-04"]),
        ("Militants fired rockets into Israel on Monday, testing the ceasefire.", ["2024-03-04"]),
        ("أطلق مسلحون صواريخ على إسرائيل الاثنين في اختبار للهدنة.", ["2024-03-04"]),
    ],
)
def test_weapon_test_is_no_attack(text, dates):
    assert sorted(e["date"] for e in of_type(extract(text, PUB), "attack")) == dates
