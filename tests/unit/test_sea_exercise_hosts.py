"""An exercise at sea held by several states, just one of which has a coast on that sea ("Iran,
Russia and China began naval drills in the Gulf of Oman", "مناورات مشتركة في خليج عمان"), is
held in that state's waters; with no side on its shores, the text names no place."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Iran, Russia and China began joint naval drills in the Gulf of Oman on Tuesday.", "IRN"),
        ("The US and British navies held joint drills in the Persian Gulf with Bahrain on Tuesday.", "BHR"),
        ("بدأت القوات البحرية الإيرانية والروسية والصينية اليوم الجمعة مناورات مشتركة في خليج عمان.", "IRN"),
        ("Russia and China held joint naval drills in the Arabian Sea on Tuesday.", None),
    ],
)
def test_a_sea_exercise_is_held_off_its_one_coastal_side(text, country):
    found = of_type(extract(text, "2024-03-12"), "military_exercise")
    assert found, extract(text, "2024-03-12")
    assert {(ev["location"] or {}).get("country") for ev in found} == {country}, found
