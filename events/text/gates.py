"""A quick test of whether a search for a set of phrases can match a text at all, so
that a search over a whole article runs only where every word of one of its phrases
occurs.

A case-blind pattern takes a letter for its other case and, beyond that, dotless
and dotted i for i and the long s for s; every other letter a word of Arabic or
of the Latin alphabet may hold matches only itself or its other case. So each word
of a phrase the pattern matches occurs, as a plain substring, in the text with those
letters made plain and lower-cased.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from functools import lru_cache
from re import _parser  # type: ignore[attr-defined]
from typing import Any

import ahocorasick

from events.text.lazy import LazyPattern

# letters a case-blind pattern reads as i or s, whose lower case is not that letter
_CASE_BLIND_TWINS = (("ı", "i"), ("İ", "i"), ("ſ", "s"))
_SPACES = LazyPattern(r"\s+")


@lru_cache(maxsize=4)
def case_blind_text(text: str) -> str:
    """`text` as `may_hold` compares it: lower case, the twins of i and s made plain. Kept for
    the last few texts, since the rules gated on one article's text each ask for it."""
    for twin, plain in _CASE_BLIND_TWINS:
        if twin in text:  # rare: replaced only when there
            text = text.replace(twin, plain)
    return text.lower()


def anchor_words(phrases: Iterable[str]) -> tuple[tuple[str, ...], ...]:
    """The words of each phrase (apart by any white space), lower case, longest first:
    all the words of one of them occur in any text that a search for the phrases matches."""
    anchors = {tuple(sorted(_SPACES.split(p.strip().lower()), key=len, reverse=True)) for p in phrases}
    return tuple(sorted(anchors))


@lru_cache(maxsize=64)
def _by_first_word(anchors: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]:
    """`anchors` grouped by their first (longest) word: (that word, the other words of each
    anchor that begins with it). Many phrases share their longest word ("hours before",
    "hours after"), which is then looked for once rather than once for each of them."""
    groups: dict[str, list[tuple[str, ...]]] = {}
    for words in anchors:
        groups.setdefault(words[0] if words else "", []).append(words[1:])
    return tuple((first, tuple(dict.fromkeys(rests))) for first, rests in groups.items())


def may_hold(lowered: str, anchors: Iterable[tuple[str, ...]]) -> bool:
    """Whether all the words of one of `anchors` (from `anchor_words`) occur in `lowered`
    (from `case_blind_text`): when none does, a search for the phrases finds nothing.

    The longest word of each anchor is looked up among the words `_FIRST_WORDS` finds
    in `lowered` in one pass (one pass serves every step gated on the same text); the
    other words are looked for only in an anchor whose longest word is there."""
    if not isinstance(anchors, tuple):
        anchors = tuple(anchors)
    gate = _gate(anchors)
    present = _FIRST_WORDS.found_in(lowered, gate)
    for first in gate.firsts if present is None else gate.firsts.intersection(present):
        if present is None and first not in lowered:
            continue
        for words in gate.rests[first]:
            for word in words:
                if word not in lowered:
                    break
            else:
                return True
    return False


class _Gate:
    """One set of anchors: their longest words, the other words of the anchors each begins
    (`_by_first_word`), and from which count of `_FIRST_WORDS` on it holds those words."""

    __slots__ = ("anchors", "firsts", "known_since", "rests")

    def __init__(self, anchors: tuple[tuple[str, ...], ...]) -> None:
        self.anchors = anchors  # kept, so that their id is never another's while this is kept
        groups = dict(_by_first_word(anchors))
        self.firsts = frozenset(groups)
        self.rests = groups
        self.known_since: int | None = None


_GATES: dict[int, _Gate] = {}
_MAX_GATES = 1024


def _gate(anchors: tuple[tuple[str, ...], ...]) -> _Gate:
    """The gate of `anchors`, kept by their identity: a step asks with the same anchors
    again and again, and hashing them anew each time would cost more than the look-up."""
    gate = _GATES.get(id(anchors))
    if gate is None or gate.anchors is not anchors:
        if len(_GATES) >= _MAX_GATES:  # anchors made anew for each call: forget the old ones
            _GATES.clear()
        gate = _GATES[id(anchors)] = _Gate(anchors)
    return gate


class _FirstWords:
    """The longest words of every gate asked about so far, and which of them occur in the
    last few texts asked about: found all at once by one pass of an Aho-Corasick automaton
    over the text, rather than by one search of the text for each word.

    Words are only ever added; each addition makes a new (count, automaton), and what was
    found in a text is kept with the count it was found with, so a text read before a gate's
    words were added is read again for it."""

    _TEXTS = 4  # texts remembered: the article, its folded text, the quote of an event
    _MAX_WORDS = 20_000  # beyond, a gate's words are looked for one by one (words made per article)

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._words: frozenset[str] = frozenset()
        self._state: tuple[int, ahocorasick.Automaton | None] = (0, None)
        self._found: dict[str, tuple[int, frozenset[str]]] = {}

    def found_in(self, lowered: str, gate: _Gate) -> frozenset[str] | None:
        """The known words that occur in `lowered`, all of `gate`'s firsts among those looked
        for (the empty word, which every text holds, is always found); None when the gate's
        words are too many to add, and are to be looked for one by one."""
        since = gate.known_since
        if since is None:
            since = gate.known_since = self._add(gate.firsts)
        if since < 0:
            return None
        found = self._found.get(lowered)
        if found is None or found[0] < since:
            count, automaton = self._state
            words = frozenset({w for _end, w in automaton.iter(lowered)}) if automaton is not None else frozenset()
            found = (count, words | _EMPTY)
            if len(self._found) >= self._TEXTS:
                self._found.clear()
            self._found[lowered] = found
        return found[1]

    def _add(self, firsts: frozenset[str]) -> int:
        """The count from which the automaton looks for all of `firsts` (made now if it did not),
        or -1 when adding them would make the words too many."""
        with self._lock:
            if not firsts <= self._words:
                if len(self._words) + len(firsts) > self._MAX_WORDS:
                    return -1
                self._words |= firsts
                automaton = ahocorasick.Automaton()
                for word in self._words:
                    if word:
                        automaton.add_word(word, word)
                if len(automaton):
                    automaton.make_automaton()
                self._state = (self._state[0] + 1, automaton if len(automaton) else None)
            return self._state[0]


_EMPTY = frozenset({""})
_FIRST_WORDS = _FirstWords()


class WordSet:
    """Words looked for as plain substrings of a text, all in one pass of an Aho-Corasick
    automaton that stops at the first one found: `found_in(text)` is `any(w in text for w
    in words)`, without a search of the whole text for each word that is not there."""

    __slots__ = ("_automaton", "_empty", "_size")

    def __init__(self, words: Iterable[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        self._empty = False  # the empty word occurs in every text
        for word in words:
            if word:
                self._automaton.add_word(word, word)
            else:
                self._empty = True
        self._size = len(self._automaton)
        if self._size:
            self._automaton.make_automaton()

    def found_in(self, text: str) -> bool:
        if self._empty:
            return True
        return bool(self._size) and next(self._automaton.iter(text), None) is not None


class _NoGate(Exception):
    """A pattern whose first characters `_first_chars` cannot tell."""


_CLASS_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}


def _first_chars(items: Any, ignorecase: bool) -> tuple[list[str], bool]:
    """The members of a character class (as pattern text) that hold every character a match
    of the parsed sequence `items` can begin with, and whether it can match the empty string."""
    out: list[str] = []
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            out.append(re.escape(chr(av)))
            return out, False
        if name == "IN":
            for kind, value in av:
                kind = str(kind)
                if kind == "LITERAL":
                    out.append(re.escape(chr(value)))
                elif kind == "RANGE":
                    out.append(re.escape(chr(value[0])) + "-" + re.escape(chr(value[1])))
                elif kind == "CATEGORY" and str(value) in _CLASS_CATEGORIES:
                    out.append(_CLASS_CATEGORIES[str(value)])
                else:  # a negated class, or a category with no short name
                    raise _NoGate
            return out, False
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # zero-width: the match begins with what follows
        if name == "SUBPATTERN":
            _group, add_flags, _del_flags, sub = av
            if add_flags & re.IGNORECASE and not ignorecase:
                raise _NoGate  # the class would be read with case where the group reads without
            chars, empty = _first_chars(sub, ignorecase)
        elif name == "ATOMIC_GROUP":
            chars, empty = _first_chars(av, ignorecase)
        elif name == "BRANCH":
            chars, empty = [], False
            for alternative in av[1]:
                more, nothing = _first_chars(alternative, ignorecase)
                chars += more
                empty = empty or nothing
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, _high, sub = av
            chars, empty = _first_chars(sub, ignorecase)
            empty = empty or low == 0
        else:  # any character, a back reference, a conditional group
            raise _NoGate
        out += chars
        if not empty:
            return out, False
    return out, True


def gated_compile(source: str, flags: int = 0) -> re.Pattern[str]:
    """`first_char_gated(re.compile(source, flags))`, with the pattern compiled once: when
    its first characters can be told, only the gated pattern is compiled."""
    try:
        parsed = _parser.parse(source, flags)
        chars, empty = _first_chars(parsed, bool(parsed.state.flags & re.IGNORECASE))
        if not empty and chars:
            return re.compile("(?=[" + "".join(dict.fromkeys(chars)) + "])" + source, flags)
    except (_NoGate, re.error):
        pass
    return re.compile(source, flags)


def first_char_gated(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` led by a look-ahead at the characters a match of it can begin with: it finds
    the same matches, but a search tries the whole pattern only where one of them stands, not
    at every position of the text (which a pattern opening with a look-behind, or with many
    alternatives, otherwise does). A pattern whose first characters cannot be told, or that
    may match the empty string, is given back as it is."""
    try:
        chars, empty = _first_chars(_parser.parse(pattern.pattern, pattern.flags), bool(pattern.flags & re.IGNORECASE))
        if empty or not chars:
            return pattern
        return re.compile("(?=[" + "".join(dict.fromkeys(chars)) + "])" + pattern.pattern, pattern.flags)
    except (_NoGate, re.error):
        return pattern
