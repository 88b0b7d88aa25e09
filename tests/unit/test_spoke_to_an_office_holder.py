"""A leader who spoke with or to another named by a title of office (a minister, a
president, a prime minister, the foreign ministers of two states) held a discussion
with him, a `meeting` (CAMEO 041), in English as in Arabic («تحدث مع رئيس الوزراء»،
«تحدث إلى وزير الخارجية», as «تحدث مع نظيره» already told); one who spoke to
reporters, to a news outlet or in an interview met no one."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2024-04-14"  # a Sunday: "on Saturday" is 2024-04-13


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        (
            "U.S. President Joe Biden spoke to Israeli Prime Minister Benjamin Netanyahu on Saturday night.",
            {"USA", "ISR"},
        ),
        ("The British foreign secretary spoke to Iranian Foreign Minister Zarif on Saturday.", {"GBR", "IRN"}),
        ("The U.S. president spoke with the Egyptian president on Saturday.", {"USA", "EGY"}),
        ("تحدث الرئيس الأمريكي جو بايدن مع رئيس الوزراء الإسرائيلي بنيامين نتنياهو يوم السبت.", {"USA", "ISR"}),
        ("تحدث وزير الخارجية البريطاني إلى وزير الخارجية الإيراني يوم السبت.", {"GBR", "IRN"}),
        ("تحدث الرئيس الأمريكي مع الرئيس المصري يوم السبت.", {"USA", "EGY"}),
    ],
)
def test_speaking_with_an_office_holder_is_a_meeting(text, countries):
    found = of_type(extract(text, PUBLISHED), "meeting")
    assert [e["date"] for e in found] == ["2024-04-13"]
    assert set(found[0]["countries"]) == countries


@pytest.mark.parametrize(
    "text",
    [
        "The Egyptian foreign minister spoke to reporters in Cairo on Saturday about the Israeli president.",
        "The Iranian foreign minister spoke to CNN on Saturday about the U.S. president.",
        "The Turkish president spoke to the nation on television on Saturday.",
        "تحدث وزير الخارجية المصري إلى الصحفيين في القاهرة يوم السبت عن الرئيس الإسرائيلي.",
        "تحدث وزير الخارجية الإيراني لقناة الجزيرة يوم السبت عن الرئيس الأمريكي.",
    ],
)
def test_speaking_to_the_press_is_no_meeting(text):
    assert of_type(extract(text, PUBLISHED), "meeting") == []
