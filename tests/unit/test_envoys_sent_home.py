"""An envoy or consul asked to leave or expelled is a break in relations (sanctions) (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    "text",
    [
        "وردت إسرائيل بدعوة القنصل العام التركي لديها إلى العودة إلى بلاده.",
        "وطلبت إسرائيل من القنصل العام التركي مغادرة البلاد أمس.",
        "وطردت إسرائيل القنصل التركي أمس.",
        "Israel responded by asking the Turkish consul general to leave.",
        "Israel expelled the Turkish consul yesterday.",
    ],
)
def test_an_envoy_sent_home_is_sanctions(text):
    found = [e for e in extract(text, "2018-05-18") if e["event_type"] == "sanctions"]
    assert len(found) == 1 and {"ISR", "TUR"} <= set(found[0]["countries"]), found


@pytest.mark.parametrize(
    "text",
    [
        "وطلب الرئيس من السفير الأمريكي نقل رسالة إلى واشنطن أمس.",
        "ودعا البرلمان إلى طرد السفير الإسرائيلي.",
    ],
)
def test_no_envoy_is_sent_home(text):
    assert [e for e in extract(text, "2018-05-18") if e["event_type"] == "sanctions"] == []
