"""A government toppled or ousted (أطاح الجيش بالحكومة، toppled the government) is a change of
office, an appointment of the taxonomy, as a president ousted is; a team knocked out of a
tournament and a toppling only sought are none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "date", "country"),
    [
        ("أطاح الجيش السوداني بالحكومة المنتخبة يوم الأربعاء.", "2018-04-25", "SDN"),
        ("The Sudanese army toppled the elected government on Wednesday.", "2018-04-25", "SDN"),
        ("أطاح البرلمان العراقي بالحكومة في تصويت على حجب الثقة أمس.", "2018-04-30", "IRQ"),
    ],
)
def test_a_government_toppled_is_a_change_of_office(text, date, country):
    (event,) = of_type(extract(text, "2018-05-01"), "appointment")
    assert event["date"] == date and country in event["countries"]


@pytest.mark.parametrize(
    "text",
    [
        "أطاح المنتخب السوداني بالمنتخب المصري من البطولة يوم الأربعاء.",
        "يسعى المحتجون السودانيون إلى الإطاحة بالحكومة.",
        "Sudanese protesters want to topple the government.",
    ],
)
def test_no_toppling_done_is_none(text):
    assert not of_type(extract(text, "2018-05-01"), "appointment")
