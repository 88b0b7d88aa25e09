"""Towns, districts and bases that news names as where a deed was done are in the gazetteer:
a Sudanese town with an air base (Merowe), a Turkish border district (Silopi, سيلوبي), a
quarter of Beirut (Gemmayze)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "kind", "country"),
    [
        ("Egyptian and Sudanese troops held joint drills at the air base in Merowe on Saturday.", "military_exercise", "SDN"),
        ("وأجرت القوات التركية والعراقية يوم الثلاثاء مناورات مشتركة في منطقة سيلوبي قرب الحدود.", "military_exercise", "TUR"),
        ("The French president toured the Gemmayze district on Thursday.", "visit", "LBN"),
    ],
)
def test_the_town_is_the_place(text, kind, country):
    events = extract(text, "2023-04-17")
    found = of_type(events, kind)
    assert found, events
    assert {(ev["location"] or {}).get("country") for ev in found} == {country}, found
