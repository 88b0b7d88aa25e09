"""One pass for several words: `WordSet.found_in` is `any(w in text for w in words)`."""

import pytest

from events.assemble.parties import _backer_words
from events.assemble.rules import load_backers
from events.text.gates import WordSet

WORDS = ("backed", "loyal to", "المدعوم", "الموالية", "بوساطة", "s")


@pytest.mark.parametrize(
    "words, text, expected",
    [
        (WORDS, "iran-backed militias", True),
        (WORDS, "forces loyal to the government", True),
        (WORDS, "loyal  to", False),  # a phrase is one plain string, spaces and all
        (WORDS, "الحوثيين المدعومين من إيران", True),  # a word inside a longer one
        (WORDS, "فصائل سورية موالية لتركيا", False),
        (WORDS, "اتفاق بوساطة قطرية", True),
        (WORDS, "states", True),  # a one-letter word
        (WORDS, "", False),
        ((), "anything", False),  # no words: found in no text
        (("", "x"), "", True),  # the empty word is in every text
        (("abc", "bcd", "cd"), "xbcdx", True),  # overlapping words
        (("abc", "bcd"), "xbcx", False),
    ],
)
def test_found_in(words: tuple[str, ...], text: str, expected: bool) -> None:
    assert WordSet(words).found_in(text) is expected
    assert any(w in text for w in words) is expected


@pytest.mark.parametrize(
    "text",
    [
        "the houthis, backed by iran, fired missiles",
        "ميليشيات الحوثي المدعومة من إيران أطلقت صواريخ",
        "قوات موالية للحكومة",
        "the talks in doha ended on monday",
        "انتهت المحادثات في الدوحة",
    ],
)
def test_backer_words_are_the_rules_words(text: str) -> None:
    assert _backer_words().found_in(text) is any(w in text for w in load_backers().words)
