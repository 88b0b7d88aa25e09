"""A phone call told by a verb of speaking and هاتفيا, however long the caller's name (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "countries", "date"),
    [
        (
            "وتحدث الشيخ تميم بن حمد بن خليفة آل ثاني أمير قطر هاتفيا الليلة الماضية مع الشيخ صباح الأحمد "
            "الجابر الصباح أمير الكويت.",
            {"QAT", "KWT"},
            "2017-06-05",
        ),
        ("وبحث الرئيس التركي رجب طيب أردوغان هاتفيا مع أمير قطر العلاقات الثنائية أمس.", {"TUR", "QAT"}, "2017-06-05"),
        ("Qatar's emir Sheikh Tamim bin Hamad Al Thani spoke by phone with the emir of Kuwait on Monday.", {"QAT", "KWT"}, "2017-06-05"),
    ],
)
def test_a_phone_call_is_a_meeting(text, countries, date):
    calls = [e for e in extract(text, "2017-06-06") if e["event_type"] == "meeting"]
    assert [(set(e["countries"]), e["date"]) for e in calls] == [(countries, date)], calls


@pytest.mark.parametrize(
    "text",
    [
        "وقال الوزير إنه سيتحدث هاتفيا مع نظيره القطري.",
        "وقال مسؤول إن ضباطا بالمخابرات العراقية استخدموا تطبيقا على هاتفه المحمول للإيقاع بقادة التنظيم.",
    ],
)
def test_no_call_is_made(text):
    assert [e for e in extract(text, "2017-06-06") if e["event_type"] == "meeting"] == []
