"""A reading of words whose context words are missing leaves the words to another reading:
«وافق البرلمان على الاتفاقية» is a parliament's approval; «وافق الرئيس … على الاتفاقية», which
that reading does not take, is still the ratification a head of state gives, as in English. A
longer reading a word of its context excludes leaves its words to a shorter one just the same."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.text.normalize import fold
from events.triggers import find_triggers, load_triggers

CASES = [
    # (published, text, date)
    ("2019-12-10", "وافق الرئيس التركي رجب طيب أردوغان أمس على اتفاق التعاون العسكري مع حكومة الوفاق الليبية.", "2019-12-09"),
    ("2017-06-25", "وافق الرئيس المصري عبد الفتاح السيسي السبت على اتفاقية تعيين الحدود البحرية مع السعودية.", "2017-06-24"),
    ("2017-06-15", "وافق البرلمان المصري الأربعاء على اتفاقية تعيين الحدود البحرية مع السعودية.", "2017-06-14"),
    ("2017-06-25", "Egyptian President Abdel Fattah al-Sisi approved the maritime border agreement with Saudi Arabia on Saturday.", "2017-06-24"),
]


@pytest.mark.parametrize(("published", "text", "date"), CASES)
def test_an_approval_of_a_treaty_is_a_ratification(published: str, text: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, published), "ratification")] == [date]


# (text, the words and type of the shorter reading that stands, or None: no reading stands)
EXCLUDED_LONGER = [
    # the executions of a count of people are no attack here: the sentence passed is the deed
    ("حكم بإعدام 45 شخصا في ليبيا بتهمة قتل متظاهرين", ("حكم", "arrest")),
    # the coalition's intervention, no attack in the words around it: its military deployment
    ("بما يتماشى مع الأسباب التي دعت إلى تدخل التحالف عسكرياً في اليمن المتمثل في طلب الحكومة", ("تدخل", "deployment")),
    # a session boycotted is no meeting held: the boycott of it is the lawmakers' protest
    ("Ruling party lawmakers boycotted an extraordinary session called by the opposition.", ("boycotted", "protest")),
    # the shorter readings excluded too: nothing stands
    ("Opposition lawmakers boycotted the funeral.", None),
    ("قاطع المصلون خطبة الجمعة في المسجد", None),
    # a shorter reading of the same type shares the exclusion: the internet cut is no sanction
    ("قطعت الشركة المصرية اتصالات الإنترنت مع سيناء يوم الاثنين.", None),
    ("Militants cut off aid to the besieged town in Syria in August.", None),
    # so does one of another type within the excluded words: no visit by the "flown to" of the soldiers
    ("The wounded soldiers were flown to Germany on Thursday.", None),
]


@pytest.mark.parametrize(("text", "reading"), EXCLUDED_LONGER)
def test_an_excluded_longer_reading_leaves_its_words_to_a_shorter_one(text: str, reading: tuple[str, str] | None) -> None:
    found = [(m.text, m.event_type) for m in find_triggers(text, fold(text), load_triggers())]
    if reading is None:
        assert found == []
    else:
        assert reading in found
