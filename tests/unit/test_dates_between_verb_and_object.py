"""A date told between an event verb and its object (`وقع الوزيران يوم الأحد 11 يونيو 2017
اتفاقية`, `signed on Sunday 11 June 2017 an agreement`, `صادق في السابع من يونيو 2017، بعد
يومين من الأزمة، على اتفاقية`) does not part them: its words are passed over when the
words between the parts of a pattern, or the context a verb needs, are counted."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.resources import load_resources
from events.text.normalize import fold
from events.triggers import find_triggers


def _triggers(text: str) -> list[tuple[str, str]]:
    found = find_triggers(text, fold(text), load_resources().triggers)
    return [(m.event_type, text[m.start : m.end]) for m in found if m.modality == "asserted"]


@pytest.mark.parametrize(
    ("text", "event_type", "word"),
    [
        ("وقع وزيرا خارجية الأردن والمغرب يوم الأحد الماضي 11 يونيو 2017 اتفاقية للتعاون الأمني.", "agreement", "وقع"),
        ("وقع الطرفان أمس الثلاثاء في الخامس من مارس وثيقة للتعاون الأمني.", "agreement", "وقع"),
        (
            "وكان البرلمان قد صادق في السابع من يونيو 2017، أي بعد يومين من بدء الأزمة، "
            "على اتفاقية تسمح بنشر قوات أجنبية، ووصلت أولى الوحدات بعد أسبوعين.",
            "ratification",
            "صادق",
        ),
    ],
)
def test_the_verb_reaches_its_object_across_a_date(text, event_type, word):
    assert (event_type, word) in [(t, w.split()[0]) for t, w in _triggers(text)], _triggers(text)


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        (
            "وكان البرلمان الأردني قد صادق في السابع من يونيو 2017، أي بعد يومين من بدء الأزمة، "
            "على اتفاقية تسمح بنشر قوات أمريكية، ووصلت أولى الوحدات بعد أسبوعين.",
            "ratification",
            "2017-06-07",
        ),
        (
            "The foreign ministers of Jordan and Morocco signed on Sunday 11 June 2017 a new agreement on trade.",
            "agreement",
            "2017-06-11",
        ),
    ],
)
def test_one_event_of_the_verb_with_its_date(text, event_type, date):
    events = extract(text, "2017-06-20")
    found = of_type(events, event_type)
    assert [e["date"] for e in found] == [date], events


@pytest.mark.parametrize(
    "text",
    [
        # no date between, or words of a date with no month, day or year: counted as before
        "وقع انفجار قوي في وسط المدينة صباح اليوم بعد ساعات من صدور بيان الحكومة.",
        "وقع الحادث في الثالث من سلسلة انفجارات هزت المدينة قبل صدور بيان الحكومة.",
    ],
)
def test_other_words_still_count(text):
    assert ("agreement", "وقع") not in [(t, w.split()[0]) for t, w in _triggers(text)]
