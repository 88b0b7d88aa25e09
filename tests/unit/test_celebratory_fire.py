"""Shots fired in celebration or into the air ("Celebratory gunfire rang out across Baghdad",
«أطلق سكان بغداد النار في الهواء ابتهاجا») wound no one and are no attack; fire on a celebration,
or an attack told in the same sentence a few words away from such shots, still is."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2003-12-14"


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "U.S. forces stormed a farmhouse near Tikrit in Iraq on Saturday. "
            "Celebratory gunfire rang out across Baghdad after the announcement, and drivers honked their horns.",
            ["2003-12-13"],
        ),
        (
            "اقتحمت القوات الأمريكية مزرعة قرب تكريت في العراق يوم السبت. وأطلق سكان بغداد النار في الهواء ابتهاجا بعد الإعلان.",
            ["2003-12-13"],
        ),
        ("Iraqi men fired shots into the air in Baghdad on Sunday after the announcement.", []),
        ("وأطلق رجال عراقيون الرصاص في الهواء في بغداد يوم الأحد بعد الإعلان.", []),
        # near misses: fire on a celebration, or a real attack beside celebratory fire
        ("Gunmen opened fire on a wedding celebration in Baghdad on Sunday, killing 12 people in Iraq.", ["2003-12-14"]),
        ("أطلق مسلحون النار على حفل زفاف في بغداد يوم الأحد فقتلوا 12 شخصا في العراق.", ["2003-12-14"]),
        (
            "Gunmen opened fire on a police station in Baghdad on Sunday, hours after celebratory gunfire rang out across Iraq.",
            ["2003-12-14"],
        ),
        (
            "أطلق مسلحون النار على مركز للشرطة في بغداد يوم الأحد، بعد ساعات من إطلاق النار ابتهاجا في أنحاء العراق.",
            ["2003-12-14"],
        ),
    ],
)
def test_celebratory_fire_is_no_attack(text, dates):
    assert sorted(e["date"] for e in of_type(extract(text, PUB), "attack")) == dates
