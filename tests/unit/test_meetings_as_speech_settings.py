"""A meeting told only as the setting of a speaker's words (على هامش لقاء نظمه المكتب الجهوي
للحزب، في كلمة له خلال اجتماع مع ضباط الجيش، on the sidelines of a party meeting, in a speech at
a meeting) with no party of another country is the venue of the words, not news of talks; a
meeting of two states held on the sidelines of a gathering stays one."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "وأضاف على هامش لقاء نظمه أمس المكتب الجهوي للحزب بصفاقس أن الحزب انطلق في الاستعداد للانتخابات البلدية التونسية.",
            0,
        ),
        ("وفي كلمة له خلال اجتماع مع ضباط الجيش المصري أمس، قال الوزير إن القوات المسلحة جاهزة.", 0),
        (
            "Speaking on the sidelines of a party meeting in Sfax on Monday, the Tunisian official said the movement was ready for the vote.",
            0,
        ),
        ("In a speech at a meeting with Iranian scientists on Sunday, the general said Iran's missile power had advanced.", 0),
        # two states' meeting on the sidelines of a gathering
        ("التقى وزير الخارجية المصري نظيره الأردني على هامش اجتماعات الجامعة العربية أمس.", 1),
        ("The Egyptian foreign minister met his Jordanian counterpart on the sidelines of an Arab League meeting on Monday.", 1),
    ],
)
def test_meetings_as_speech_settings(text: str, count: int) -> None:
    assert len(of_type(extract(text, "2017-06-07"), "meeting")) == count
