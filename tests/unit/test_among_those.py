"""A deed listed at a sentence's start as one of the measures told before ("ومن تلك
الإجراءات ...", "Among those measures was ...") is a part of that event, not a new event
of the day of the publication; a sentence that does not point back keeps its own event
(real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

_BOYCOTT_AR = "وتفرض السعودية والإمارات والبحرين ومصر منذ يونيو 2017 مقاطعة على قطر. "
_BOYCOTT_EN = "Saudi Arabia, the UAE, Bahrain and Egypt have imposed a boycott on Qatar since June 2017. "


@pytest.mark.parametrize(
    "text",
    [
        _BOYCOTT_AR + "ومن تلك الإجراءات منع الخطوط الجوية القطرية من استخدام المجال الجوي لتلك الدول وإغلاق الحدود البرية الوحيدة لقطر مع السعودية.",
        _BOYCOTT_AR + "ومن بين هذه الإجراءات إغلاق الحدود البرية الوحيدة لقطر مع السعودية.",
        _BOYCOTT_EN + "Among those measures was the closure of Qatar's only land border with Saudi Arabia.",
    ],
)
def test_a_measure_listed_among_those_told_is_part_of_them(text: str) -> None:
    found = [e for e in extract(text, "2018-06-29") if e["event_type"] == "sanctions"]
    assert [e["date"] for e in found] == ["2017-06"], [(e["date"], e["trigger"]) for e in found]


@pytest.mark.parametrize(
    "text",
    [
        _BOYCOTT_AR + "وأغلقت السعودية اليوم الجمعة الحدود البرية مع قطر أمام الحجاج.",
        _BOYCOTT_EN + "On Friday Saudi Arabia closed its land border with Qatar to pilgrims.",
    ],
)
def test_a_new_measure_of_the_day_stays_its_own_event(text: str) -> None:
    found = [e for e in extract(text, "2018-06-29") if e["event_type"] == "sanctions"]
    assert sorted(e["date"] for e in found) == ["2017-06", "2018-06-29"], [(e["date"], e["trigger"]) for e in found]
