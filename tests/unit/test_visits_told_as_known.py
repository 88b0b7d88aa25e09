"""A visit told as known, by a word with no doer of its own opening its sentence ("وتأتي زيارته
بعد", "The visit comes weeks after", "وتحمل الزيارة دلالة خاصة"), tells again the event told
before it: after a visit, that visit (a date of the comment, "قبل أسبوعين من القمة المقررة
نهاية الشهر الجاري", makes no second one); after no visit but a guest's meeting with a host of
another country in the days before, the meeting was told as part of that visit, and the two are
one visit on the meeting's day (GUIDELINES: a visit in which the visitor meets people is one
visit). A visit named with its own doer ("The visit of the Saudi crown prince") is another
one, and a phone call is no visit."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

PUB = "2018-04-10"


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return sorted((e["event_type"], e["date"]) for e in extract(text, PUB) if e["event_type"] in ("visit", "meeting"))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "وكان أمير قطر الشيخ تميم بن حمد آل ثاني قد التقى الاثنين بوزير الدفاع الأمريكي جيم ماتيس في واشنطن. "
            "وتأتي زيارته بعد أن أجرى ولي العهد السعودي زيارة إلى الولايات المتحدة.",
            [("visit", "2018-04-09")],
        ),
        (
            "Qatar's Emir Sheikh Tamim bin Hamad Al Thani met U.S. Defense Secretary Jim Mattis on Monday. "
            "The visit comes weeks after a tour by the Saudi crown prince.",
            [("visit", "2018-04-09")],
        ),
        (
            "Qatar's Emir Sheikh Tamim bin Hamad Al Thani met U.S. Defense Secretary Jim Mattis on Monday. "
            "His visit comes weeks after a tour by the Saudi crown prince.",
            [("visit", "2018-04-09")],
        ),
        (
            "الكويت – وصل رئيس الوزراء العراقي إلى الكويت أمس الاثنين في زيارة رسمية تستغرق يومين، على رأس وفد يضم عددا من الوزراء.\n"
            "وتحمل الزيارة دلالة خاصة لأنها تأتي قبل أسبوعين من القمة العربية المقررة في بغداد نهاية الشهر الجاري، "
            "وسط توقعات بأن يشارك فيها أمير الكويت.",
            [("visit", "2018-04-09")],
        ),
    ],
)
def test_a_visit_told_as_known_tells_the_event_before_it_again(text, found):
    assert _kinds(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Qatar's Emir Sheikh Tamim bin Hamad Al Thani spoke by phone with U.S. President Donald Trump on Monday. "
            "His visit comes weeks after a tour by the Saudi crown prince.",
            [("meeting", "2018-04-09")],
        ),
        (
            "Qatar's Emir Sheikh Tamim bin Hamad Al Thani met U.S. Defense Secretary Jim Mattis on Monday. "
            "The visit of the Saudi crown prince comes next week.",
            [("meeting", "2018-04-09")],
        ),
    ],
)
def test_no_visit_of_a_call_nor_of_a_doer_of_its_own(text, found):
    kinds = _kinds(text)
    assert all(k in kinds for k in found)
