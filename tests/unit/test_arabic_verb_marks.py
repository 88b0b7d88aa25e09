"""Arabic: a word of the bare form a past verb shares with its verbal noun (تظاهر، أطلق، قتل),
joined by و after a list of verbal nouns under a cue, is the verb of a clause of its own when a
word of count or a time word stands right after it (its subject, or the time it takes
before its subject); «حينها», «وقتها» take up the time told before, as «آنذاك» and "at the time" do."""

from __future__ import annotations

import pytest

from events.resources import load_resources
from events.temporal import find_dates
from events.text.normalize import fold
from events.triggers import find_triggers

PUB = "2024-03-12"


def _modality_of(text: str, word: str) -> str | None:
    """The modality the trigger lexicon gives the event word `word` of `text`."""
    for t in find_triggers(text, fold(text), load_resources().triggers):
        if text[t.start : t.end] == word:
            return t.modality
    return None


@pytest.mark.parametrize(
    ("text", "word", "modality"),
    [
        # a word of count opens the verb's subject: the deed was done
        (
            "نفت مصادر المعارضة أن تكون أنقرة قد أبلغتها بتغيير موقفها، وتظاهر آلاف السوريين في إدلب.",
            "وتظاهر",
            "asserted",
        ),
        ("هدد الاتحاد بتنظيم إضراب، وتظاهر عشرات العمال أمام البرلمان في تونس.", "وتظاهر", "asserted"),
        # a time word right after it, before the subject
        ("هدد الحزب باستهداف المنصة إذا بدأت إسرائيل الاستخراج، وأطلق حينها ثلاث طائرات مسيرة.", "وأطلق", "asserted"),
        ("نفى الجيش أنه قام بتغيير خطته، وقصف أمس الطيران مواقع في إدلب.", "وقصف", "asserted"),
        # a verbal noun with its complement continues the list the cue governs
        ("طالبت الدول قطر بإغلاق قناة الجزيرة، وخفض علاقاتها مع إيران.", "وخفض", "demanded"),
    ],
)
def test_a_count_or_time_word_after_a_bare_form_marks_the_verb(text, word, modality):
    assert _modality_of(text, word) == modality


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("تظاهر الطلاب في العاصمة في مايو 2019، واعتقلت الشرطة حينها العشرات.", "حينها", "2019-05"),
        ("قصفت الطائرات المدينة في مارس 2015، وقتل وقتها عشرات المدنيين.", "وقتها", "2015-03"),
        ("Aircraft bombed the city in March 2015, killing dozens at the time.", "at the time", "2015-03"),
    ],
)
def test_words_of_the_time_told_before_take_it_up(text, expression, value):
    found = [(m.text, m.value) for m in find_dates(text, PUB, "ar" if text[0] > "\u0600" else "en")]
    assert (expression, value) in found, found
