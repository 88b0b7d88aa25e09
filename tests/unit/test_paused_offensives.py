"""An offensive or a military operation paused, suspended or halted is a ceasefire, in English
as in Arabic (data/triggers.json); an operation of rescue, a vote or a process of peace paused,
and a comment on an attack, are none."""

from __future__ import annotations

import pytest
from test_extraction_support import asserted_words, extract, of_type


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Turkey paused its offensive in northern Syria on Thursday.", "paused"),
        ("The army suspended the ground offensive on Gaza City on Monday.", "suspended"),
        ("Russia halted its military operations near Idlib on Friday.", "halted"),
        ("أعلنت تركيا يوم الخميس تعليق الهجوم على شمال سوريا.", "تعليق الهجوم"),
        ('اتفق الطرفان على تعليق عملية "الفجر" العسكرية لمدة ثلاثة أيام.', "تعليق عملية"),
        ("وأعلن الطرفان تعليق القتال في المدينة يوم الاثنين.", "تعليق القتال"),
    ],
)
def test_an_offensive_paused_is_a_ceasefire(text, word):
    assert word in asserted_words(text, "ceasefire")


@pytest.mark.parametrize(
    ("text", "day", "value"),
    [
        ("Turkey paused its offensive in northern Syria on Thursday.", "2019-10-18", "2019-10-17"),
        ("أعلنت تركيا يوم الخميس تعليق الهجوم على شمال سوريا.", "2019-10-18", "2019-10-17"),
    ],
)
def test_the_pause_is_dated_by_its_day(text, day, value):
    (event,) = of_type(extract(text, day), "ceasefire")
    assert event["date"] == value and "TUR" in event["countries"]


@pytest.mark.parametrize(
    "text",
    [
        "The rescue operation was suspended on Thursday because of bad weather.",
        "Syria suspended the peace process on Thursday.",
        "The offensive resumed on Thursday after a pause in the rain.",
        "علقت الحكومة عملية التصويت يوم الخميس.",
        "في تعليق على الهجوم، قال الوزير إن بلاده لن تصمت.",
        "علقت السلطات عملية البحث عن المفقودين يوم الخميس.",
    ],
)
def test_no_ceasefire_from_another_pause_or_a_comment(text):
    assert asserted_words(text, "ceasefire") == []
