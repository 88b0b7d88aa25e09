"""A word of a word list, perhaps behind Arabic proclitic letters (events/assemble/rules.py `known_word`)."""

import pytest

from events.assemble.rules import known_word

WORDS = frozenset({"قطعت", "القمه", "خففت", "summit", "lifted"})


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("قطعت", True),  # the word itself
        ("وقطعت", True),  # after و
        ("بالقمه", True),  # after ب
        ("وبالقمه", True),  # after و and ب
        ("فخففت", True),  # after ف
        ("summit", True),
        ("lifted", True),
        ("مقطعت", False),  # م is no proclitic
        ("كالقمه", False),  # nor is ك first
        ("وبوقطعت", False),  # three letters before the word
        ("summits", False),
        ("", False),
    ],
)
def test_known_word(word: str, expected: bool) -> None:
    assert known_word(word, WORDS) is expected
