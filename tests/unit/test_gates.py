"""The quick test of whether a search for phrases can match a text at all."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from events.text.gates import anchor_words, case_blind_text, may_hold

PHRASES = ["the same day", "later that year", "في الشهر نفسه", "then"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Protests broke out the same day.", True),
        ("THE SAME DAY, police fired", True),
        ("The same\nday, police fired", True),  # words apart by any white space
        ("Later that year", True),
        ("وفي الشهر نفسه أعلنت الحكومة", True),
        ("أعلنت الحكومة في الشهر الماضي", False),  # one word of the phrase is missing
        ("The talks resumed on Monday", False),
        ("They thEn left", True),
        ("the ſame day", True),  # the long s reads as s in a case-blind search
        ("ThEN", True),
        ("", False),
    ],
)
def test_may_hold(text: str, expected: bool) -> None:
    assert may_hold(case_blind_text(text), anchor_words(PHRASES)) is expected


@pytest.mark.parametrize(
    "text",
    ["The saMe day", "then", "in the Same\tday", "later that yeAr", "في الشهر نفسه", "sınce THEN", "the ſame day", "faİled"],
)
def test_never_misses_what_a_case_blind_search_finds(text: str) -> None:
    phrases = [*PHRASES, "failed", "same day"]
    search = re.compile("|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases), re.IGNORECASE)
    assert search.search(text) is not None
    assert may_hold(case_blind_text(text), anchor_words(phrases))


def test_no_phrases_hold_nothing() -> None:
    assert not may_hold(case_blind_text("anything"), anchor_words([]))


# phrases that share their longest word, as the phrases of one rule often do
SHARED = ["hours before", "hours after the", "before", "قبل ساعات من", "بعد ساعات", "ساعات قليلة"]


def _all_words_of_one(lowered: str, anchors: tuple[tuple[str, ...], ...]) -> bool:
    """The answer `may_hold` gives, written plainly."""
    return any(all(word in lowered for word in words) for words in anchors)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hours after the strike, police arrived", True),
        ("The hours passed and then after", True),  # every word of "hours after the" is in it
        ("Hours later, police arrived", False),  # the shared word alone is not enough
        ("They arrived before noon", True),
        ("وصلت الشرطة بعد ساعات من الهجوم", True),
        ("مرت ساعات طويلة", False),  # the shared word alone is not enough
        ("خلال ساعات قليلة", True),
        ("", False),
    ],
)
def test_phrases_sharing_a_word_give_the_plain_answer(text: str, expected: bool) -> None:
    lowered, anchors = case_blind_text(text), anchor_words(SHARED)
    assert may_hold(lowered, anchors) is _all_words_of_one(lowered, anchors) is expected
    assert may_hold(lowered, list(anchors)) is expected  # anchors given as a list, not a tuple


def test_shared_longest_word_looked_for_once() -> None:
    from events.text.gates import _by_first_word

    grouped = dict(_by_first_word(anchor_words(SHARED)))
    assert set(grouped) == {"before", "hours", "ساعات"}
    assert set(grouped["before"]) == {(), ("hours",)}
    assert set(grouped["ساعات"]) == {("بعد",), ("قبل", "من"), ("قليلة",)}


_WORDS = st.sampled_from(["the", "same", "day", "hours", "after", "في", "الشهر", "نفسه", "ساعات", "بعد", "ر", "sa"])


@given(
    st.lists(st.lists(_WORDS, min_size=1, max_size=3).map(" ".join), max_size=6),
    st.lists(st.lists(_WORDS, min_size=1, max_size=3).map(" ".join), max_size=6),
    st.lists(_WORDS, max_size=8).map(" ".join),
)
def test_words_found_once_for_all_gates_give_the_plain_answer(first: list, second: list, text: str) -> None:
    # two gates asked about one text in turn, the second adding words the first had not:
    # each answer is the plain one, whatever was asked about the text before
    lowered = case_blind_text(text)
    for phrases in (first, second, first):
        anchors = anchor_words(phrases)
        assert may_hold(lowered, anchors) is _all_words_of_one(lowered, anchors)


@pytest.mark.parametrize(
    "phrases, text, expected",
    [
        (["the same day"], "Police fired on the same day", True),
        (["the same day"], "Police fired the next day", False),  # "same" is missing
        (["في الشهر نفسه"], "وفي الشهر نفسه أعلنت", True),
        (["في الشهر نفسه"], "في الشهر الماضي أعلنت", False),  # "نفسه" is missing
        (["bombardment"], "The bombardment of the town", True),  # a gate's word first asked now
        (["bombardment"], "The bombing of the town", False),
        (["قصف مدفعي"], "قصف مدفعي على البلدة", True),
        (["قصف مدفعي"], "قصف جوي على البلدة", False),
    ],
)
def test_a_new_gate_on_a_text_already_read(phrases: list, text: str, expected: bool) -> None:
    lowered = case_blind_text(text)
    may_hold(lowered, anchor_words(PHRASES))  # the text read for other words first
    assert may_hold(lowered, anchor_words(phrases)) is expected
