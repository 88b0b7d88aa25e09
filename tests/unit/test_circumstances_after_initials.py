"""An abbreviation of initials ("U.S.", "U.N.") is one word of the subject between a word of
after or of response and the event word ("in retaliation for a U.S. drone strike"): the strike is
the circumstance of the sentence's deed, a deed of its own, and not absorbed by it; a sentence
with no such word keeps one event (events/assemble/text.py `_CIRCUMSTANCE`)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2020-01-08"  # a Wednesday


@pytest.mark.parametrize(
    "text",
    [
        "BAGHDAD (Reuters) - Iran fired missiles at two Iraqi bases on Wednesday, in retaliation for a U.S. drone"
        " strike that killed an Iranian general in Baghdad on Friday.",
        "BAGHDAD (Reuters) - Iran fired missiles at two Iraqi bases on Wednesday, days after a U.S. drone strike"
        " killed an Iranian general in Baghdad on Friday.",
        "بغداد - أطلقت إيران صواريخ على قاعدتين عراقيتين يوم الأربعاء، ردا على غارة أمريكية بطائرة مسيرة قتلت"
        " قائدا إيرانيا في بغداد يوم الجمعة.",
    ],
)
def test_the_strike_responded_to_is_its_own_deed(text):
    days = sorted(a["date"] for a in of_type(extract(text, PUBLISHED), "attack"))
    assert days == ["2020-01-03", "2020-01-08"]


@pytest.mark.parametrize(
    "text",
    [
        "BAGHDAD (Reuters) - U.S. warplanes struck Iraqi militia bases on Wednesday.",
        "بغداد - قصفت طائرات أمريكية قواعد لفصائل عراقية يوم الأربعاء.",
    ],
)
def test_one_strike_stays_one(text):
    assert [a["date"] for a in of_type(extract(text, PUBLISHED), "attack")] == [PUBLISHED]
