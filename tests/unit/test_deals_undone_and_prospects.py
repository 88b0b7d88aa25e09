"""A deal abandoned, scrapped, suspended, cancelled or collapsed ("abandoned the nuclear
agreement", "the agreement collapsed", «انهيار الاتفاق»، «تعليق الاتفاق»، «ألغت الاتفاق») is a deal
of the past undone, no agreement reached on that day (the `left` cues of data/modality.json); and
a step that opens the door or paves the way to an agreement ("opens the door to an agreement",
«تفتح الباب أمام اتفاق»، «تمهد الطريق لاتفاق») names a prospect, no event (`planned` cues). A
deal signed stays one, and so does one that paved the way for another deal signed."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "The United States abandoned the nuclear agreement with Iran on Tuesday.",
        "Egypt suspended the agreement with Sudan on Monday.",
        "Washington scrapped the arms deal with Turkey on Monday.",
        "The agreement between Egypt and Sudan collapsed on Monday.",
        "The collapse of the agreement between Egypt and Sudan on Monday angered Khartoum.",
        "أعلنت الحكومة المصرية يوم الاثنين انهيار الاتفاق مع السودان.",
        "أعلنت مصر يوم الاثنين تعليق الاتفاق مع السودان.",
        "انهار الاتفاق بين مصر والسودان يوم الاثنين.",
        "ألغت مصر الاتفاق مع السودان يوم الاثنين.",
    ],
)
def test_a_deal_undone_is_no_agreement_of_the_day(text):
    assert [e for e in of_type(extract(text, "2018-06-25"), "agreement") if e["date"] >= "2018"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Iran freed Saudi sailors on Tuesday, a step that opens the door to an agreement with Saudi Arabia.",
        "Iran freed Saudi sailors on Tuesday, a step that paves the way for a deal with Saudi Arabia.",
        "وأفرجت إيران الثلاثاء عن بحارة سعوديين، في خطوة تفتح الباب أمام اتفاق مع السعودية.",
    ],
)
def test_a_door_opened_to_a_deal_is_no_agreement(text):
    assert of_type(extract(text, "2018-06-25"), "agreement") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Egypt and Sudan signed an agreement on Monday that opens the door to new investment.", "2018-06-25"),
        ("Egypt and Sudan signed an agreement on Monday, ending the suspension of trade.", "2018-06-25"),
        ("وقعت مصر والسودان يوم الاثنين اتفاقا ينهي تعليق التجارة بين البلدين.", "2018-06-25"),
        ("وقعت مصر والسودان اتفاقا يوم الاثنين في الخرطوم.", "2018-06-25"),
    ],
)
def test_a_deal_signed_stays(text, date):
    assert [e["date"] for e in of_type(extract(text, "2018-06-25"), "agreement")] == [date]
