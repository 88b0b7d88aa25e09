"""The sentences after a kept one that may tell its deed again by the same verb are found by
reading only their first words, and a word is found again in the sentence before whatever
conjunction stands before either (as `_same_word` compares two words)."""

import pytest

from events.assemble.retold_verbs import _said_before, _same_word, retelling_starts
from events.text.sentences import split_sentences


@pytest.mark.parametrize(
    "word, words",
    [
        ("وقع", ["وقع", "البلدان", "اتفاقا"]),
        ("ووقع", ["وقع", "الطرفان"]),
        ("وقع", ["ووقع", "الطرفان"]),
        ("فوقع", ["وقع"]),
        ("وقع", ["فوقع"]),
        ("ووقع", ["فوقع"]),
        ("وقعت", ["وقع", "وقعا"]),
        ("و", ["وو", "فو"]),
        ("Signed", ["signed", "the", "deal"]),
        ("signed", ["resigned"]),
        ("وصل", []),
    ],
)
def test_said_before_as_same_word(word: str, words: list[str]) -> None:
    assert _said_before(word, words) == any(_same_word(word, w) for w in words)


@pytest.mark.parametrize(
    "text, kept, retold",
    [
        ("وقع البلدان اتفاقا للتعاون. ووقع الاتفاق يوم السبت في الدوحة.", [0], [1]),
        ("وقع البلدان اتفاقا للتعاون. وقال المتحدث إن الاتفاق مهم.", [0], []),
        ("وقع البلدان اتفاقا للتعاون. ووقع الاتفاق يوم السبت في الدوحة.", [], []),
        ("The two sides have signed a deal. The deal was signed on Saturday in Doha.", [0], [1]),
        (
            "The two sides have signed a deal. Officials from both of the countries and all of their "
            "many advisers finally signed it on Saturday.",
            [0],
            [],
        ),
        ("The two sides have signed a deal. Officials said it was signed on Saturday.", [0], [1]),
    ],
)
def test_retelling_starts(text: str, kept: list[int], retold: list[int]) -> None:
    sentences = split_sentences(text)
    starts = retelling_starts(text, sentences, [sentences[i] for i in kept])
    assert starts == [sentences[i][0] for i in retold]


@pytest.mark.parametrize(
    "word, text",
    [
        ("ووقع", "وقع البلدان اتفاقا"),
        ("وقع", "ووقع الطرفان"),
        ("فوقع", "ثم وقع"),
        ("وقعت", "وقع البلدان ووقعا"),
        ("وصل", "وقع البلدان اتفاقا"),
        ("و", "وو فو"),
        ("وSigned", "they signed it"),
        ("ووقعSigned", "ووقعsigned"),
        ("وقع", ""),
    ],
)
def test_a_stretch_without_the_arabic_word_as_written_says_it_not(word: str, text: str) -> None:
    """The quick look for the Arabic word as written in the stretch says no only where reading
    every word of it finds the word said nowhere."""
    from events.assemble.retold_verbs import _WORD, _may_be_said_in

    span = (0, len(text))
    said = _said_before(word, _WORD.findall(text, *span))
    assert (_may_be_said_in(word, text, span) and said) == said
    if not said and word in ("وصل", "وقع"):
        assert not _may_be_said_in(word, text, span)
