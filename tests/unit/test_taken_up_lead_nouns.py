"""The lead's nouns taken up by a later sentence: the quick test of a word for the article
(at most two proclitics before it) and the first sentence's stems found once give the same
answers as reading every word in full."""

import pytest

from events.assemble.taken_up import _PROCLITICS, _definite_stem, _rules, taken_up_starts


def _definite_stem_in_full(word: str, nouns: frozenset[str]) -> str | None:
    for p in ("", *_PROCLITICS):
        rest = word[len(p) :] if word.startswith(p) else None
        if rest is None:
            continue
        if rest.startswith("ال") and rest[2:] in nouns:
            return rest[2:]
        if p == "ل" and rest.startswith("ل") and rest[1:] in nouns:
            return rest[1:]
    return None


@pytest.mark.parametrize(
    "word",
    [
        "الاتفاق", "بالاتفاق", "والاتفاق", "وبالاتفاق", "فللاتفاق", "للاتفاق", "لاتفاق", "اتفاق",
        "البيان", "وللبيان", "كالقرار", "المرسوم", "ولالقمة", "والمحادثات", "مباحثات", "الأوامر",
        "وكالمباحثات", "فالقمة", "ال", "لل", "و", "استقبال", "الحال", "الاتفاقية", "واللقاء",
    ],
)
def test_the_quick_test_gives_the_full_reading(word: str) -> None:
    nouns = _rules()[2]
    assert _definite_stem(word, nouns) == _definite_stem_in_full(word, nouns)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقع البلدان أمس اتفاق تعاون. وينص الاتفاق على تبادل الخبرات.", [0]),
        ("وقع البلدان أمس اتفاقا للتعاون. وبحث الوزيران العلاقات الثنائية.", []),
        ("وقع البلدان أمس اتفاقا للتعاون. وينص الاتفاق على تبادل الخبرات.", []),
        ("أصدر الرئيس أمس مرسوم تعيين وزير. وقضى المرسوم بإعفاء سلفه. ورحب النواب بالقرار.", [0]),
        ("عقد القادة قمة في الرياض. وحضر الاجتماع وزراء الخارجية.", []),
        ("وقع البلدان أمس اتفاق تعاون. وتنص الاتفاقية على تبادل الخبرات.", []),
        ("وقع البلدان أمس اتفاقية تعاون. وتنص الاتفاقية على تبادل الخبرات.", [0]),
        ("عقد القادة القمة في الرياض. وشارك في القمة وزراء الخارجية.", [0]),
        ("The two ministries issued a joint statement on Tuesday. The statement said talks would resume.", [0]),
        ("The two ministries issued a joint statement on Tuesday. The ministers left the capital.", []),
        ("Leaders signed a deal in Doha. Under the deals, prisoners will be freed.", [0]),
        ("Only one sentence here about an agreement.", []),
    ],
)
def test_a_later_sentence_taking_up_the_leads_noun(text: str, expected: list[int]) -> None:
    from events.text.sentences import split_sentences

    assert taken_up_starts(text, split_sentences(text)) == expected
