"""A meeting a speaker attends, told as the setting of his words, is no news of talks in English
as in Arabic: 'Malki was speaking on the eve of his attendance at meetings of the Organization of
Asia-Pacific News Agencies in Tehran' is no meeting, as 'وكان المالكي يتحدث عشية حضوره اجتماعات
منظمة وكالات أنباء آسيا والمحيط الهادي في طهران' is none, and neither is 'said during his
attendance at a meeting of the party' ('قال خلال حضوره اجتماعا للحزب'); meetings attended with no
such setting, and a setting of talks between two states, stay events."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

SEPTEMBER = "2018-09-02"


@pytest.mark.parametrize(
    "text",
    [
        "Malki was speaking on the eve of his attendance at meetings of the Organization of Asia-Pacific News "
        "Agencies in Tehran.",
        "The minister said during his attendance at a meeting of the party in Cairo that the vote was fair.",
        "The minister said while attending a meeting of the party in Cairo that the vote was fair.",
        "وكان المالكي يتحدث عشية حضوره اجتماعات منظمة وكالات أنباء آسيا والمحيط الهادي في طهران.",
        "وقال الوزير خلال حضوره اجتماعا للحزب في القاهرة إن التصويت كان نزيها.",
    ],
)
def test_a_meeting_attended_as_the_setting_of_words_is_no_event(text: str) -> None:
    assert not of_type(extract(text, SEPTEMBER), "meeting"), extract(text, SEPTEMBER)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Malki attended meetings of the Organization of Asia-Pacific News Agencies in Tehran.", "meeting"),
        ("حضر المالكي اجتماعات منظمة وكالات أنباء آسيا والمحيط الهادي في طهران.", "meeting"),
        (
            "The Qatari emir, while attending a meeting with the Iranian president in Tehran, said ties were strong.",
            "visit",
        ),
    ],
)
def test_meetings_attended_with_no_such_setting_stay_events(text: str, event_type: str) -> None:
    assert of_type(extract(text, SEPTEMBER), event_type)
