"""An event word that only qualifies another ("اتفاق المصالحة", "the reconciliation agreement") does not
absorb the sentence's own meeting as a reconciliation would (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    "text",
    [
        "عقد وفدان من حركتي فتح وحماس الفلسطينيتين اجتماعات منفصلة في القاهرة مع مسؤولين بالمخابرات المصرية "
        "ركزت على مقترحات لتنفيذ اتفاق المصالحة المبرم بين الحركتين في القاهرة في أكتوبر/تشرين أول الماضي.",
        "Fatah and Hamas delegations held separate meetings in Cairo with Egyptian intelligence officials on "
        "implementing the reconciliation agreement signed in October.",
    ],
)
def test_the_meeting_is_kept(text):
    found = extract(text, "2018-08-02")
    talks = [e for e in found if e["event_type"] in ("meeting", "visit") and e["date"] == "2018-08-02"]
    assert len(talks) == 1 and {"EGY", "PSE"} <= set(talks[0]["countries"]), found
    assert [e for e in found if e["event_type"] == "relations"] == [], found
