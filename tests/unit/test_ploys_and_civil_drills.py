"""A ploy named by the singular مناورة (وصف المبادرة بأنها مناورة مكشوفة) is no exercise; the
singular is one only near an army, forces or a kind of drill (نفذت القوات المسلحة المناورة «حسم
2020»). Drills of civil defence, a hospital, a school or a sports team (an evacuation drill,
نفذت الحماية المدنية تمرينا لمواجهة الزلازل) are no military exercise either."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2020-03-12"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("ونفذت القوات المسلحة المصرية المناورة «حسم 2020» قرب الحدود الليبية يوم الاثنين.", "EGY"),
        ("وأجرى الجيش الجزائري مناورة بالذخيرة الحية في تندوف يوم الاثنين.", "DZA"),
        ("The Algerian army conducted a live-fire drill near Tindouf on Monday.", "DZA"),
    ],
)
def test_a_military_drill_is_an_exercise(text: str, country: str) -> None:
    found = of_type(extract(text, PUBLISHED), "military_exercise")
    assert len(found) == 1 and country in found[0]["countries"], found


@pytest.mark.parametrize(
    "text",
    [
        "ووصف حزب الله اللبناني المبادرة الأمريكية بأنها مناورة مكشوفة يوم الاثنين.",
        "وأجرت وزارة الصحة التونسية تمرينا لمحاكاة الإخلاء في مطار تونس قرطاج يوم الاثنين.",
        "ونفذت الحماية المدنية الجزائرية تمرينا لمواجهة الزلازل في وهران يوم الاثنين.",
        "The Moroccan team held a training drill in Rabat on Monday.",
        "Tunisian authorities carried out an evacuation drill at Tunis airport on Monday.",
    ],
)
def test_a_ploy_or_a_civil_drill_is_no_exercise(text: str) -> None:
    assert of_type(extract(text, PUBLISHED), "military_exercise") == []
