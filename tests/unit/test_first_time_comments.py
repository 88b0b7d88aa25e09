"""A sentence that comments on how rare an event is ("وهذه هي المرة الأولى التي ...", "it is the first
time that ...") tells no other event, when it gives no date of its own (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "event_type", "count"),
    [
        (
            "فتحت السلطات السعودية الخميس الحدود البرية مع قطر. "
            "وهذه هي المرة الأولى منذ سنوات التي تفتح فيها السعودية الحدود لمدة شهر كامل.",
            "relations",
            1,
        ),
        (
            "وقالت الصحيفة إنها المرة الأولى التي ينظم فيها حفل أداء اليمين للرئيس المصري أمام البرلمان منذ 13 عاما.",
            "appointment",
            0,
        ),
        (
            "It is the first time since 2005 that a president has been sworn in before parliament.",
            "appointment",
            0,
        ),
    ],
)
def test_a_first_time_comment_adds_no_event(text, event_type, count):
    found = [e for e in extract(text, "2018-05-18") if e["event_type"] == event_type]
    assert len(found) == count, found


@pytest.mark.parametrize(
    "text",
    [
        "زار الرئيس التركي الجزائر أمس للمرة الأولى منذ 2014.",
        "The Turkish president visited Algeria yesterday for the first time since 2014.",
    ],
)
def test_an_event_told_for_the_first_time_stays(text):
    assert [e["event_type"] for e in extract(text, "2018-05-18")] == ["visit"]
