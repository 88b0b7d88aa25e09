"""Steps that search near every name or event word are skipped in an article that cannot
hold the words they look for (`events.assemble.word_gates.may_name`): the gate must open
for every phrase of their lists, in any case and with any clitic, and for every text their
searches match."""

from __future__ import annotations

import pytest

from events.assemble.citizenship import _citizenship_anchors, load_citizenship_nouns
from events.assemble.dating import (
    _FIRST_TIME,
    _FIRST_TIME_ANCHORS,
    _first_time_comment,
    _recency_anchors,
    load_recency_words,
)
from events.assemble.one_more import _one_more_anchors
from events.assemble.residences import _residence_anchors, load_residence_words
from events.assemble.rules import load_assembly_rules
from events.assemble.text import _DAYS_AFTER, _MORROW_BEFORE, days_after, morrow_before
from events.assemble.way_ends import _way_anchors, _way_end, load_way_ends
from events.assemble.word_gates import may_name

RULES = load_assembly_rules()

LISTS = [
    (_residence_anchors, RULES["residence_words"]),
    (_way_anchors, RULES["way_ends"]["nouns"]),
    (_citizenship_anchors, RULES["citizenship_nouns"]["ar"]),
    (_one_more_anchors, [*RULES["one_more_deed"]["ar"], *RULES["one_more_deed"]["en"]]),
    (_recency_anchors, RULES["recency_words"]),
]


@pytest.mark.parametrize("anchors, phrases", LISTS, ids=["residence", "way", "citizenship", "one-more", "recency"])
def test_every_listed_phrase_opens_its_gate(anchors, phrases) -> None:
    assert phrases
    for phrase in phrases:
        for written in (phrase, phrase.upper(), "و" + phrase, phrase.replace(" ", "\n  ")):
            text = f"Officials said on Monday that {written} the capital"
            assert may_name(text, anchors()), written


@pytest.mark.parametrize(
    "search, anchors, text",
    [
        (load_residence_words, _residence_anchors, "مصري يقيم في قطر، لعب دورا في الاغتيال"),
        (load_residence_words, _residence_anchors, "a dissident LIVING   IN London, he took part"),
        (load_way_ends, _way_anchors, "reopened the Road to "),
        (load_way_ends, _way_anchors, "أعادت فتح الطريق المؤدي إلى "),
        (lambda: load_citizenship_nouns()[0], _citizenship_anchors, "حصل على الجنسية "),
        (lambda: load_citizenship_nouns()[0], _citizenship_anchors, "يحمل الجنسيتين المصرية و"),
        (load_recency_words, _recency_anchors, "which RECENTLY held elections"),
        (load_recency_words, _recency_anchors, "أجرت مؤخرا انتخابات"),
        (lambda: _FIRST_TIME, lambda: _FIRST_TIME_ANCHORS, "وهذه هي المرة الأولى التي "),
        (lambda: _FIRST_TIME, lambda: _FIRST_TIME_ANCHORS, "It is the first TIME that the army "),
    ],
)
def test_a_text_the_search_matches_opens_the_gate(search, anchors, text) -> None:
    assert search().search(text) is not None
    assert may_name(text, anchors())


@pytest.mark.parametrize(
    "anchors, text",
    [
        (_residence_anchors, "اعتقلت الشرطة ناشطا في القاهرة"),
        (_way_anchors, "The army shelled villages near Tal Abyad"),
        (_citizenship_anchors, "زار وزير الخارجية التركي الدوحة"),
        (_recency_anchors, "held elections in 2018"),
        (lambda: _FIRST_TIME_ANCHORS, "وقع البلدان اتفاقا للتعاون"),
    ],
)
def test_a_text_without_the_words_closes_the_gate(anchors, text) -> None:
    assert not may_name(text, anchors())


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Egypt reopened the road to Libya", True),
        ("Egypt reopened the border crossing with Libya", True),
        ("أعادت مصر فتح الطريق المؤدي إلى ليبيا", True),
        ("Egypt sent aid to Libya", False),
    ],
)
def test_way_ends_as_before(text: str, expected: bool) -> None:
    assert _way_end(text, text.rindex(" ") + 1) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("وهذه هي المرة الأولى التي تزور", True),
        ("This is the first time that Turkey hosts", True),
        ("Turkey hosts the summit", False),
    ],
)
def test_first_time_comments_as_before(text: str, expected: bool) -> None:
    words = text.split()
    assert _first_time_comment(text, 0, text.rindex(words[-1])) is expected


@pytest.mark.parametrize(
    "text, found",
    [
        ("reopened its border on Saturday, a day after the two countries signed a deal", True),
        ("TWO WEEKS FOLLOWING the vote parliament met", True),
        ("وقال أردوغان بعد يوم من اجتياح قواته عفرين إن", True),
        ("وبعد أسبوعين على توقيع الاتفاق أعلن", True),
        ("a day later, the two countries signed a deal", False),
        ("بعد ساعات من توقيع الاتفاق أعلن", False),
    ],
)
def test_counts_of_days_after_as_before(text: str, found: bool) -> None:
    end = text.rindex(" ") + 1  # up to the event word
    assert (days_after(text, 0, end) is not None) is found
    assert (days_after(text, 0, end) is not None) is (_DAYS_AFTER.search(text, 0, end) is not None)


@pytest.mark.parametrize(
    "text, found",
    [("وغداة اعتقال هشام تم", True), ("غداة الاتفاق أعلن", True), ("بعد اعتقال هشام تم", False)],
)
def test_the_morrow_as_before(text: str, found: bool) -> None:
    end = text.rindex(" ") + 1  # up to the event word
    assert (morrow_before(text, 0, end) is not None) is found
    assert (morrow_before(text, 0, end) is not None) is (_MORROW_BEFORE.search(text, 0, end) is not None)
