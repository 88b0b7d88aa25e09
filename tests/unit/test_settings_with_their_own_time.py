"""A gathering named as the setting of another deed, after a word of time or by its catalogued
name, with a time written right after it (أعادت علاقاتهما مع قطر في أعقاب قمة العلا في يناير 2021)
is a past deed of its own on that time: the restoration of ties it framed does not take it in. A
gathering a catalogued document was signed during (توقيع بيان العلا خلال القمة الخليجية) has the
document's parties when its sentence names none. A topic of talks (المحادثات حول استعادة
العلاقات في 2023) stays the talks' own."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "date", "party"),
    [
        ("أعادت السعودية ومصر علاقاتهما مع قطر في أعقاب قمة العلا في يناير 2021.", "2023-04-13", "2021-01", "SAU"),
        (
            'ورغم توقيع "بيان العلا" خلال القمة الخليجية في يناير/كانون الثاني 2021، الذي طوى صفحة الأزمة، '
            "ظلت العلاقات بين البحرين وقطر متوترة.",
            "2023-04-13",
            "2021-01",
            "BHR",
        ),
    ],
)
def test_a_setting_with_its_time_is_a_deed_of_its_own(text, published, date, party):
    meetings = of_type(extract(text, published), "meeting")
    assert [e["date"] for e in meetings] == [date]
    assert party in meetings[0]["countries"]


def test_the_restoration_it_framed_is_kept():
    found = extract("أعادت السعودية ومصر علاقاتهما مع قطر في أعقاب قمة العلا في يناير 2021.", "2023-04-13")
    assert [e["date"] for e in of_type(found, "relations")] == ["2021-01"]


def test_a_topic_of_talks_is_no_deed_of_its_own():
    found = extract("استأنفت مصر وإسرائيل المحادثات حول استعادة العلاقات في 2023.", "2023-06-13")
    assert len(found) <= 1
