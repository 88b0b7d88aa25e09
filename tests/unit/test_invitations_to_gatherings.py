"""A gathering a side is invited to ("invited the leaders to a summit", دعا القادة إلى اجتماع)
is asked for, not held: no meeting. A gathering held at an invitation keeps its event."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "The emir of Kuwait invited the rulers of Oman and Bahrain to a summit in Kuwait City on Sunday.",
        "The Egyptian president has invited the Sudanese and Ethiopian leaders to a meeting in Cairo this weekend.",
        "The king is inviting the foreign ministers to talks in Amman on Sunday.",
        "دعا أمير الكويت حاكمي عمان والبحرين إلى قمة في مدينة الكويت الأسبوع المقبل.",
    ],
)
def test_a_gathering_one_is_invited_to_is_no_meeting(text: str) -> None:
    assert not of_type(extract(text, "2022-03-10"), "meeting")


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The Omani foreign minister visited Tehran on Tuesday at the invitation of his Iranian counterpart.", "visit"),
        ("The leaders met in Kuwait City on Tuesday, two weeks after the emir invited them.", "meeting"),
        ("زار وزير الخارجية العماني طهران يوم الثلاثاء بدعوة من نظيره الإيراني.", "visit"),
    ],
)
def test_a_gathering_held_at_an_invitation_keeps_its_event(text: str, event_type: str) -> None:
    assert of_type(extract(text, "2022-03-10"), event_type)
