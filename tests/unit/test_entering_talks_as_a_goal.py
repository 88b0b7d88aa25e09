"""Entering talks told by a verbal noun ("الدخول في مفاوضات", "to enter negotiations") is a goal, not talks held (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    "text",
    [
        "وتعكس تصريحات أوبراين مشاعر الاحباط بسبب فشل مجلس الامن في الضغط على الاطراف المتحاربة في اليمن "
        "لابعاد هذا البلد عن حافة الهاوية والدخول في مفاوضات جدية لانهاء الحرب.",
        "وفشل مجلس الأمن في دفع الأطراف اليمنية إلى الدخول في مفاوضات جدية.",
        "The Security Council failed to push the warring parties in Yemen to enter serious negotiations.",
    ],
)
def test_entering_talks_as_a_goal_is_no_meeting(text):
    assert [e for e in extract(text, "2017-05-31") if e["event_type"] == "meeting"] == []


@pytest.mark.parametrize(
    "text",
    [
        "ودخلت الأطراف اليمنية في مفاوضات مباشرة في الكويت أمس.",
        "The Yemeni parties entered direct negotiations in Kuwait yesterday.",
    ],
)
def test_talks_entered_are_a_meeting(text):
    assert [e["event_type"] for e in extract(text, "2017-05-31")] == ["meeting"]
