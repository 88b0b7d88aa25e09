"""A thing 'met with' a response in the English passive (a deadline met with refusal, a proposal
met with scepticism) holds no meeting, as «قوبلت بالرفض» holds none; a meeting in the active
('met with his counterpart') and a visitor met at the airport still are (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "The UAE had given the Houthis a deadline, expiring on Wednesday, to withdraw from the city and the port "
        "without a fight, but it was met with refusal, and the military operations began immediately.",
        "وكانت الإمارات قد أعلنت منح الحوثيين مهلة للانسحاب من المدينة والميناء دون قتال تنتهي الأربعاء، لكنها "
        "قوبلت بالرفض فبدأت العمليات العسكرية على الفور.",
        "The Iranian proposal was met with scepticism in Riyadh on Monday.",
        "The demands were met with protests in Baghdad on Monday.",
    ],
)
def test_a_thing_met_with_a_response_is_no_meeting(text: str) -> None:
    assert not of_type(extract(text, "2018-06-14"), "meeting")


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan met with the Qatari emir in Doha on Monday.",
        "The Iraqi foreign minister was met at the airport by his Kuwaiti counterpart on Monday.",
        "التقى وزير الخارجية التركي نظيره القطري في الدوحة يوم الاثنين.",
    ],
)
def test_a_meeting_still_is_one(text: str) -> None:
    found = extract(text, "2018-06-14")
    assert of_type(found, "meeting") or of_type(found, "visit"), found
