"""A phone call told by what was said in it: a leader who told, informed, congratulated or
urged another by phone (told Abbas by phone, أبلغه هاتفيا، هنأه هاتفيا), or who called the
leaders of both countries (اتصل بقادة البلدين), held a call, a `meeting`; one who told a
reporter or an outlet by phone gave an interview, and one who called others names held none
(real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("The king told Palestinian President Mahmoud Abbas by phone on Tuesday that Rabat still backs a two-state solution.", {"MAR", "PSE"}),
        ("Erdogan congratulated Egyptian President Sisi by phone on Sunday on his victory.", {"TUR", "EGY"}),
        ("U.S. President Joe Biden, who called the leaders of both countries on Sunday, welcomed the deal.", {"USA"}),
        ("وأبلغ الملك سلمان الرئيس الأمريكي هاتفيا، الثلاثاء، بدعم المملكة للاتفاق.", {"SAU", "USA"}),
        ("وهنأ أمير قطر الرئيس التركي هاتفيا، الأحد، بفوزه.", {"QAT", "TUR"}),
        ("واتصل الرئيس الأمريكي بقادة البلدين، الأحد، مرحبا بالاتفاق.", {"USA"}),
    ],
)
def test_a_call_told_by_what_was_said_in_it_is_a_meeting(text, countries) -> None:
    found = of_type(extract(text, "2018-06-04"), "meeting")
    assert len(found) == 1 and countries <= set(found[0]["countries"])


@pytest.mark.parametrize(
    "text",
    [
        "A senior Egyptian official told Reuters by phone on Tuesday that the talks had stalled.",
        "Erdogan called the leaders of the coup traitors on Sunday.",
        "وقال مصدر مصري مطلع لوكالة الأنباء هاتفيا، الثلاثاء، إن المحادثات توقفت.",
        "وأبلغ مسؤول مصري مراسل الجزيرة هاتفيا، الثلاثاء، بأن القوات انسحبت.",
    ],
)
def test_an_interview_or_a_name_called_is_no_call(text) -> None:
    assert of_type(extract(text, "2018-06-04"), "meeting") == []


@pytest.mark.parametrize(
    "text",
    [
        "U.S. President Joe Biden, who called the leaders of both countries on Sunday, welcomed the deal.",
        "The king told Palestinian President Mahmoud Abbas by phone on Tuesday that Rabat still backs a two-state solution.",
        "وأبلغ الملك سلمان الرئيس الأمريكي هاتفيا، الثلاثاء، بدعم المملكة للاتفاق.",
    ],
)
def test_a_call_is_placed_nowhere(text) -> None:
    found = of_type(extract(text, "2018-06-04"), "meeting")
    assert len(found) == 1 and found[0]["location"] is None and found[0]["cameo"] == "041"
