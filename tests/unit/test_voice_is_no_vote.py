"""صوت is a voice or a sound as often as a vote: a blast heard or a voice raised is no election (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    "text",
    [
        "وسمع سكان في بغداد صوت انفجار قوي أمس.",
        "وسمع دوي صوت إطلاق رصاص كثيف في وسط المدينة أمس.",
        "وقال نائب رئيس الوزراء إن تركيا رفعت صوتها عاليا أمس ضد الهجوم.",
    ],
)
def test_a_voice_or_a_sound_is_no_election(text):
    assert [e for e in extract(text, "2018-05-16") if e["event_type"] == "election"] == []


@pytest.mark.parametrize(
    "text",
    [
        "وصوت الناخبون الأتراك أمس لاختيار رئيس جديد.",
        "وصوت العراقيون أمس في أول اقتراع منذ هزيمة داعش.",
    ],
)
def test_a_vote_is_an_election(text):
    assert [e["event_type"] for e in extract(text, "2018-05-16")] == ["election"]
