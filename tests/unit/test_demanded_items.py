"""A deed listed among the demands or conditions put to someone (من بينها، ومنها، including,
such as) is asked for, not told as done: no event; a deed told beside such a list, outside it,
stays one."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


def _types(text: str, published: str) -> list[str]:
    return sorted(e["event_type"] for e in extract(text, published))


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("قدمت السعودية والإمارات قائمة من 13 مطلبا إلى قطر، من بينها قطع العلاقات مع إيران وإغلاق قناة الجزيرة.", "2017-06-23"),
        ("أبلغت السعودية الكويت بعشرة شروط، طالبت قطر بتنفيذها خلال يومين، ومن بينها قطع العلاقات مع إيران.", "2017-06-23"),
        ("وضعت الدول الأربع شروطا على قطر، أبرزها قطع العلاقات مع إيران.", "2017-06-23"),
        ("Saudi Arabia and the UAE handed Qatar a list of 13 demands, including cutting ties with Iran and closing Al Jazeera.", "2017-06-23"),
        ("Egypt set conditions for Qatar, among them cutting diplomatic ties with Iran.", "2017-06-23"),
        # a later item of the list, past other items and commas
        ("وتضمنت المطالب التي سلمتها الكويت إلى الدوحة عدة بنود، منها إغلاق القاعدة التركية وقطع العلاقات مع إيران.", "2017-06-23"),
        (
            "Riyadh sent Kuwait ten demands for Qatar, such as expelling Hamas members, shutting Al Jazeera, and cutting ties with Iran.",
            "2017-06-23",
        ),
    ],
)
def test_a_demanded_item_is_no_event(text, published):
    assert "sanctions" not in _types(text, published)


@pytest.mark.parametrize(
    ("text", "published", "kept"),
    [
        # a deed told as done, with no noun of demands before its list
        ("قطعت السعودية والإمارات العلاقات مع قطر، ومن بينها إغلاق الحدود البرية.", "2017-06-06", "sanctions"),
        ("Saudi Arabia cut ties with Qatar on Monday, including closing its land border.", "2017-06-06", "sanctions"),
    ],
)
def test_a_deed_told_as_done_stays(text, published, kept):
    assert kept in _types(text, published)
