"""A folded sentence passed to `match_references` again, for the same or another type and
other countries, gives the same entries as a fold made afresh for each question."""

from __future__ import annotations

import pytest

from events.reference import load_catalog, match_references
from events.text.normalize import fold

QUESTIONS = [
    ("sanctions", ("SAU", "QAT")),
    ("sanctions", ("EGY",)),
    ("sanctions", ()),
    ("sanctions", ("FRA",)),
    ("ceasefire", ("LBY",)),
    ("ceasefire", ()),
    ("meeting", ("QAT",)),
]


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.mark.parametrize(
    ("sentence", "published", "language", "some_found"),
    [
        ("قطعت السعودية والإمارات والبحرين ومصر علاقاتها الدبلوماسية مع قطر", "2017-06-06", "ar", True),
        ("Saudi Arabia, the UAE, Bahrain and Egypt cut their diplomatic ties with Qatar.", "2017-06-06", "en", True),
        ("وقعت الأطراف الليبية في جنيف اتفاقا دائما لوقف إطلاق النار", "2020-10-24", "ar", True),
        ("The Libyan sides signed a permanent ceasefire agreement in Geneva.", "2020-10-24", "en", True),
        ("وزار الوزير المدرسة الجديدة في الصباح", "2020-10-24", "ar", False),
        ("The minister opened a new school on Monday.", "2020-10-24", "en", False),
    ],
)
def test_a_fold_asked_again_gives_the_same_entries(catalog, sentence, published, language, some_found):
    shared = fold(sentence)
    answers = []
    for _ in range(2):  # each question twice over the same fold, in turn with the others
        for event_type, countries in QUESTIONS:
            fresh = match_references(catalog, event_type, countries, sentence, published, language)
            again = match_references(catalog, event_type, countries, sentence, published, language, folded=shared)
            assert [e.id for e in again] == [e.id for e in fresh]
            answers.append([e.id for e in again])
    assert any(answers) == some_found
