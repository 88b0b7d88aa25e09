"""A pattern searched only where one of its head words stands.

A search for an alternation of words (`(?:the same day|later that year|...)`) is tried
by the regex engine at every position of a text, and for each word in turn: over a whole
article that is slow. When every match of a pattern begins with one of a few literal
words, an Aho-Corasick automaton finds where those words stand in one pass, and the
pattern is tried there alone, left to right, each try after the end of the match before:
the matches are those `pattern.finditer(text)` gives.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import ahocorasick

from events.text.gates import case_blind_text
from events.text.lazy import LazyPattern


def head_automaton(heads: Iterable[str]) -> ahocorasick.Automaton:
    """An automaton of `heads`, each word's value its length (empty when there are none)."""
    automaton = ahocorasick.Automaton()
    for head in heads:
        if not head:
            raise ValueError("a head word is never empty")
        automaton.add_word(head, len(head))
    if len(automaton):
        automaton.make_automaton()
    return automaton


class HeadedPattern:
    """`pattern`, every match of which begins with one of `heads` (as written: a head is
    looked for case for case, so a case-blind pattern needs each case of its heads)."""

    __slots__ = ("_heads", "pattern")

    def __init__(self, pattern: re.Pattern[str] | LazyPattern, heads: Iterable[str]) -> None:
        self.pattern = pattern
        self._heads = head_automaton(heads)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches `self.pattern.finditer(text)` gives."""
        return matches_at_heads(self.pattern, self._heads, text)


def matches_at_heads(
    pattern: re.Pattern[str] | LazyPattern, heads: ahocorasick.Automaton, text: str
) -> Iterator[re.Match[str]]:
    """The matches `pattern.finditer(text)` gives, for a pattern whose every match begins
    with a word of `heads` (an automaton whose value for each word is its length): the
    pattern is tried only where such a word begins."""
    if not len(heads):
        return
    done = 0
    for start in sorted({last - size + 1 for last, size in heads.iter(text)}):
        if start < done:
            continue
        m = pattern.match(text, start)
        if m is not None:
            done = m.end()
            yield m


class BlindHeadedPattern:
    """A case-blind `pattern` whose every match begins, where no letter, digit or underscore
    stands before it, with one of `heads` (any case): the heads are looked for, lower-cased, in
    the text as `case_blind_text` gives it, which keeps every letter where it stands, and the
    pattern is tried only where one of them begins a word. A case-blind alternation of many
    phrases is otherwise tried at each position of a whole article."""

    __slots__ = ("_heads", "pattern")

    def __init__(self, pattern: re.Pattern[str] | LazyPattern, heads: Iterable[str]) -> None:
        self.pattern = pattern
        self._heads = head_automaton({h.lower() for h in heads})

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches `self.pattern.finditer(text)` gives."""
        lowered = case_blind_text(text)
        if len(lowered) != len(text):  # (never: `case_blind_text` keeps every letter's place)
            return self.pattern.finditer(text)
        return _matches_at_word_heads(self.pattern, self._heads, text, lowered)


def _matches_at_word_heads(
    pattern: re.Pattern[str] | LazyPattern, heads: ahocorasick.Automaton, text: str, lowered: str
) -> Iterator[re.Match[str]]:
    """The matches of `pattern` in `text`, tried where a word of `heads` begins in `lowered`
    with no letter, digit or underscore before it, left to right, each after the match before."""
    if not len(heads):
        return
    starts = {last - size + 1 for last, size in heads.iter(lowered)}
    done = 0
    for start in sorted(starts):
        if start < done or (start and (text[start - 1].isalnum() or text[start - 1] == "_")):
            continue
        m = pattern.match(text, start)
        if m is not None:
            done = m.end()
            yield m
