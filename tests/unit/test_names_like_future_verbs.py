"""A name that begins like an Arabic verb with the future prefix (سيلفا، سيريل، ستيفن، سيرغي) is no
cue of the future: a weekday told after it in a sentence in the past is the last one, not the
next. The Arabic nisbas of more states (غابوني، بوركيني، ميانماري، طاجيكي) name them, and a
seizure of power keeps its phrase across a long subject («استولى ضباط في الجيش الغابوني على
السلطة»)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.temporal import find_dates


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("زار الرئيس البرازيلي لولا دا سيلفا بكين يوم الجمعة.", "2024-06-14"),
        ("التقى رئيس جنوب أفريقيا سيريل رامافوزا نظيره يوم الجمعة.", "2024-06-14"),
        ("التقى الأمين العام للناتو ينس ستولتنبرغ الوزير يوم الجمعة.", "2024-06-14"),
        ("استقبل الوزير سيرغي لافروف نظيره يوم الجمعة.", "2024-06-14"),
        # guard: a verb in the future still points ahead
        ("سيزور الرئيس البرازيلي بكين يوم الجمعة.", "2024-06-21"),
    ],
)
def test_a_name_like_a_future_verb_points_nowhere_ahead(text, value):
    found = [d for d in find_dates(text, "2024-06-15", "ar") if "الجمعة" in d.text]
    assert [d.value for d in found] == [value]


@pytest.mark.parametrize(
    ("text", "event_type", "countries"),
    [
        ("استولى ضباط في الجيش الغابوني على السلطة يوم الأربعاء.", "appointment", {"GAB"}),
        ("نصب متشددون كمينا لقافلة من الجنود البوركينيين قرب الحدود يوم الاثنين.", "attack", {"BFA"}),
        ("شن الجيش الميانماري غارات جوية على قرية في منطقة ساغاينغ يوم الثلاثاء.", "attack", {"MMR"}),
    ],
)
def test_more_arabic_nisbas_and_a_seizure_of_power_across_a_long_subject(text, event_type, countries):
    found = of_type(extract(text, "2024-06-15"), event_type)
    assert [set(e["countries"]) for e in found] == [countries], found
