"""A demand or a threat whose complement opens with the ب of the word right before the event
word (بعقد اجتماع، بإجراء انتخابات، بشن هجوم) governs it across a time set off by commas
between the verb and that word ("طالبت حركة حماس، اليوم السبت، بعقد اجتماع طارئ"), as it did
when the ب stood on the event word itself; a clause of its own after a comma, opened by و or
ف, is not governed. English demands with the time in the clause are governed as before."""

from __future__ import annotations

import pytest
from test_extraction_support import asserted_words


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("طالبت حركة حماس، اليوم السبت، بعقد اجتماع طارئ لجامعة الدول العربية.", "meeting"),
        ("وطالب البرلمان، أمس الأحد، بعقد قمة عربية طارئة.", "meeting"),
        ("وهدد الجيش، مساء الجمعة، بشن هجوم واسع على المدينة.", "attack"),
        ("طالبت المعارضة، الأحد، بإجراء انتخابات مبكرة.", "election"),
        ("Hamas on Saturday called for an emergency meeting of the Arab League.", "meeting"),
        ("The opposition demanded on Sunday that early elections be held.", "election"),
    ],
)
def test_the_deed_demanded_past_a_time_set_off_is_not_told_done(text: str, event_type: str) -> None:
    assert asserted_words(text, event_type) == [], text


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a clause of its own after the comma, opened by و: told as done
        ("طالب المحتجون بالإفراج عن المعتقلين، وعقدوا اجتماعا مع الحكومة.", "meeting"),
        # no demand at all: a welcome of a meeting held
        ("ورحب الوزير، أمس، بعقد اجتماع بين الطرفين.", "meeting"),
        ("وعقد الوزيران، أمس الأحد، اجتماعا في الرياض.", "meeting"),
        ("Hamas leaders met Egyptian officials in Cairo on Saturday.", "meeting"),
    ],
)
def test_a_deed_outside_the_demand_is_still_told(text: str, event_type: str) -> None:
    assert asserted_words(text, event_type), text
