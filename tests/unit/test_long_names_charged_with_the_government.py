"""One charged with heading the government (كلف ... برئاسة مجلس الوزراء، برئاسة الحكومة) is
appointed across a long name of several parts, as one named prime minister is
(كلف ... رئيسا للوزراء, named ... as prime minister): the post named is precise."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "وكلف أمير الكويت الشيخ أحمد عبدالله الأحمد الصباح برئاسة مجلس الوزراء في 15 إبريل.",
        "وكلف أمير الكويت الشيخ محمد صباح السالم الصباح برئاسة الحكومة في 15 إبريل.",
        "Kuwait's emir named Sheikh Ahmad Abdullah Al-Ahmad Al-Sabah as prime minister on April 15.",
    ],
)
def test_charged_with_heading_the_government_across_a_long_name(text):
    assert [e["date"] for e in of_type(extract(text, "2024-05-11"), "appointment")] == ["2024-04-15"]


def test_heading_a_delegation_is_no_appointment():
    found = extract("وكلف أمير الكويت الشيخ أحمد عبدالله الأحمد الصباح برئاسة وفد بلاده إلى القمة.", "2024-05-11")
    assert of_type(found, "appointment") == []
