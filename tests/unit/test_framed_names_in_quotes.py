"""A catalogued operation named as the frame of a deed keeps the deed the sentence tells, also
when its name stands in quotation marks («في إطار عملية «غصن الزيتون»»); a relative clause that
tells the framed operation with its own time ("التي أطلقها السبت", "which it launched on
Saturday") tells it too, beside the deed."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "types"),
    [
        (
            "دفع الجيش التركي، الأحد، بتعزيزات عسكرية جديدة إلى الحدود مع سوريا، في إطار عملية «غصن الزيتون» "
            "التي أطلقها السبت ضد مواقع المسلحين في عفرين.",
            {("deployment", "2018-01-21"), ("attack", "2018-01-20")},
        ),
        (
            "Turkey sent reinforcements to the Syrian border on Sunday as part of Operation Olive Branch, which it "
            "launched on Saturday against Kurdish militias in Afrin.",
            {("deployment", "2018-01-21"), ("attack", "2018-01-20")},
        ),
        # the frame with no time of its own: the sentence's deed alone
        (
            "دفع الجيش التركي، الأحد، بتعزيزات عسكرية جديدة إلى الحدود مع سوريا، في إطار عملية «غصن الزيتون».",
            {("deployment", "2018-01-21")},
        ),
    ],
)
def test_a_framed_operation_in_quotes_keeps_the_sentence_s_deed(text, types):
    found = extract(text, "2018-01-22")
    assert {(e["event_type"], e["date"]) for e in found} == types, found
    assert of_type(found, "deployment"), found
