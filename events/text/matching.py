"""Clitic-aware dictionary matching with one Aho-Corasick automaton.

Dictionary phrases and article text are folded alike (`normalize.fold`). An
Arabic phrase is stored without its definite article, so that `الدوحة`,
`بالدوحة`, `للدوحة`, `والدوحة` and `الدوحه` all meet `دوحه`. A match counts
when the letters between the start of its word and the match are proclitics
(و ف, then ب ك ل, then ال; or `لل`), and when the word ends with the match
or with one of the suffixes the caller allows (for instance `ي ية يين` for
nisba adjectives). Latin phrases match whole words only.

One automaton serves thousands of phrases in one pass over the text, which is
what makes the actor, place, trigger and catalog stages fast.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import ahocorasick

from events.text.lazy import LazyPattern
from events.text.normalize import FoldedText, fold_str, is_arabic

T = TypeVar("T")

_PROCLITICS = r"(?:[وف]?[بكل]?(?:ال)?|[وف]?لل)"
# The proclitics in front of a match: the whole run of letters (`[^\W_]` is
# exactly `str.isalnum`) between the start of its word and the match.
_PROCLITIC_RUN = LazyPattern(r"(?<![^\W_])" + _PROCLITICS + r"\Z")
_LONGEST_PROCLITIC = 4
_PROCLITIC_ENDS = frozenset("وفبكل")  # the last letter of every proclitic run
# Whether a match is accepted depends only on the few letters around it: the
# verdicts on those short strings are remembered (and forgotten when too many).
_MEMO_LIMIT = 50_000
_PROCLITIC_MEMO: dict[str, int] = {}


def _proclitic_length(lead: str) -> int:
    """Length of the proclitic run that ends `lead` (the letters before a match,
    at most one more than the longest run), or -1 when they are not one."""
    pre = _PROCLITIC_RUN.search(lead)
    if len(_PROCLITIC_MEMO) > _MEMO_LIMIT:
        _PROCLITIC_MEMO.clear()
    _PROCLITIC_MEMO[lead] = length = -1 if pre is None else len(lead) - pre.start()
    return length
_ARTICLE = "ال"


# Words whose first two letters are no article (folded): the prepositions إلى and إلا, the
# relative pronouns, الآن. Stripped, `إلى حين` would be stored as `ي حين` and met by `في حين`
# (whereas), `إلا أن` as `ا أن`, `الذين` as `ذين`.
_NOT_ARTICLE = frozenset({"الي", "الا", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللاتي", "اللواتي", "اللايي", "الان"})


def phrase_key(phrase: str) -> str:
    """The folded key a phrase is stored under (Arabic article stripped)."""
    key = " ".join(fold_str(phrase).split())
    if key.startswith(_ARTICLE) and len(key) > 4 and is_arabic(key[2]) and key.split(" ", 1)[0] not in _NOT_ARTICLE:
        key = key[2:]
    return key


@dataclass(frozen=True, slots=True)
class Match(Generic[T]):
    """One phrase found in a folded text: offsets are in the original text."""

    start: int
    end: int
    text: str
    key: str
    payload: T


class PhraseMatcher(Generic[T]):
    """Finds dictionary phrases in text; each phrase carries a payload.

    `suffixes` are Arabic endings allowed after a phrase inside one word
    (e.g. `("ي", "يه", "يين")`). Overlapping matches are resolved longest
    first, then leftmost, so `مجلس النواب الليبي` wins over `مجلس النواب`.
    """

    def __init__(self, entries: Iterable[tuple[str, T]], suffixes: Iterable[str] = (), min_key: int = 2) -> None:
        self._automaton = ahocorasick.Automaton()
        self._add(keyed(entries, min_key))
        # longest first; the word must end with the suffix
        folded_suffixes = sorted({fold_str(s) for s in suffixes}, key=len, reverse=True)
        self._suffixes = tuple(folded_suffixes)
        self._suffix_re = (
            re.compile("(?:" + "|".join(re.escape(x) for x in folded_suffixes) + r")(?![^\W_])")
            if folded_suffixes
            else None
        )
        # the suffix test looks at most one character past the longest suffix
        self._suffix_reach = len(folded_suffixes[0]) + 1 if folded_suffixes else 0
        self._suffix_memo: dict[str, int] = {}

    def _add(self, payloads: dict[str, list[T]]) -> None:
        """Store each key with what accepting a match of it needs to know."""
        self._add_values((key, tuple(items)) for key, items in payloads.items())

    def _add_values(self, payloads: Iterable[tuple[str, tuple[T, ...]]]) -> None:
        add_word = self._automaton.add_word
        size = 0
        for key, items in payloads:
            add_word(key, (key, items, len(key) - 1, is_arabic(key[0]), is_arabic(key[-1])))
            size += 1
        self._size = size
        if size:
            self._automaton.make_automaton()

    @classmethod
    def from_keys(cls, payloads: dict[str, list[T]], suffixes: Iterable[str] = ()) -> PhraseMatcher[T]:
        """A matcher from keys that are already in `phrase_key` form.

        Big dictionaries (the gazetteer) store their keys folded, so loading
        them skips folding tens of thousands of phrases at start-up.
        """
        matcher: PhraseMatcher[T] = cls((), suffixes)
        matcher._add(payloads)
        return matcher

    @classmethod
    def joint(cls, dictionaries: Sequence[dict[str, list[Any]]], suffixes: Iterable[str] = ()) -> PhraseMatcher[tuple[tuple[Any, ...], ...]]:
        """One matcher for several dictionaries (keys in `phrase_key` form, as
        `keyed` gives them) that allow the same suffixes, so that one pass over a
        text finds the keys of all of them. A key's one payload is the tuple of
        its payloads in each dictionary, empty where the dictionary lacks it.
        """
        slots: dict[str, list[tuple[Any, ...]]] = {}
        empty: list[tuple[Any, ...]] = [()] * len(dictionaries)
        for i, dictionary in enumerate(dictionaries):
            for key, payloads in dictionary.items():
                found = slots.get(key)
                if found is None:
                    found = slots[key] = empty.copy()
                found[i] = tuple(payloads)
        matcher: PhraseMatcher[tuple[tuple[Any, ...], ...]] = cls((), suffixes)
        matcher._add_values((key, (tuple(found),)) for key, found in slots.items())
        return matcher

    def by_key(self) -> dict[str, list[T]]:
        """The payloads of every key, as `keyed` gives them."""
        return {key: list(value[1]) for key, value in self._automaton.items()}

    def __len__(self) -> int:
        return self._size

    def _suffix_length(self, tail: str) -> int:
        """Length of the allowed suffix that begins `tail` (the text after a match,
        `_suffix_reach` characters at most) and ends its word, or -1."""
        assert self._suffix_re is not None
        suf = self._suffix_re.match(tail)
        memo = self._suffix_memo
        if len(memo) > _MEMO_LIMIT:
            memo.clear()
        memo[tail] = length = -1 if suf is None else suf.end()
        return length

    def find_spans(
        self, folded: FoldedText, overlapping: bool = False, within: tuple[int, int] | None = None
    ) -> list[tuple[int, int, str, tuple[T, ...]]]:
        """Every accepted match as (start, end, key, payloads) in FOLDED offsets,
        sorted by start when not `overlapping`.

        The span covers the whole accepted word: proclitics, key and suffix.
        With `within` (folded start, end), only keys inside that stretch are
        found; the words around it still decide whether a key stands as a word.
        """
        if not self._size:
            return []
        text = folded.text
        n = len(text)
        found: list[tuple[int, int, str, tuple[T, ...]]] = []
        proclitics = _PROCLITIC_MEMO
        proclitic_ends = _PROCLITIC_ENDS
        suffixes = self._suffix_memo
        reach = self._suffix_reach
        hits = self._automaton.iter(text) if within is None else self._automaton.iter(text, *within)
        # most hits are keys inside longer words: the stored value (key, payloads,
        # len - 1, Arabic first letter, Arabic last letter) is read only as far as needed
        for last, value in hits:
            start = last - value[2]
            # the start of the word: proclitics (Arabic) or nothing (Latin) before the key
            if start:
                before = text[start - 1]
                if before.isalnum():
                    if before not in proclitic_ends or not value[3]:
                        continue
                    # a run is never longer than the letters looked at, so the
                    # boundary before them need not be seen
                    lead = text[start - _LONGEST_PROCLITIC - 1 if start > _LONGEST_PROCLITIC else 0 : start]
                    length = proclitics.get(lead)
                    if length is None:
                        length = _proclitic_length(lead)
                    if length < 0:
                        continue
                    start -= length
            # the end of the word: the key, or an allowed suffix after an Arabic key
            end = last + 1
            if end < n and text[end].isalnum():
                if not value[4] or not reach:
                    continue
                tail = text[end : end + reach]
                length = suffixes.get(tail)
                if length is None:
                    length = self._suffix_length(tail)
                if length < 0:
                    continue
                end += length
            found.append((start, end, value[0], value[1]))
        if not overlapping:
            found = _best_non_overlapping(found)
        return found

    def find_all(self, folded: FoldedText, overlapping: bool = False) -> list[Match[tuple[T, ...]]]:
        """Every accepted match; without `overlapping`, the best non-overlapping set."""
        index = folded.index
        original = folded.original
        out: list[Match[tuple[T, ...]]] = []
        for start, end, key, payloads in self.find_spans(folded, overlapping):
            o_start, o_end = index[start], index[end - 1] + 1
            out.append(Match(o_start, o_end, original[o_start:o_end], key, payloads))
        return out

    def iter_payloads(self, folded: FoldedText) -> Iterator[tuple[Match[tuple[T, ...]], T]]:
        for m in self.find_all(folded):
            for p in m.payload:
                yield m, p


def keyed(entries: Iterable[tuple[str, T]], min_key: int = 2) -> dict[str, list[T]]:
    """The payloads of phrases by their `phrase_key`, keys shorter than `min_key` left out."""
    payloads: dict[str, list[T]] = {}
    for phrase, payload in entries:
        key = phrase_key(phrase)
        if len(key) < min_key:
            continue
        payloads.setdefault(key, []).append(payload)
    return payloads


def _best_non_overlapping(
    found: list[tuple[int, int, str, tuple[T, ...]]],
) -> list[tuple[int, int, str, tuple[T, ...]]]:
    """The spans chosen longest first, then leftmost, sorted by start.

    Most often no two matches overlap, and the automaton gives them in the order of
    their ends, which is then the order of their starts too: each is chosen, and the
    list is given back in that order without sorting it by length first."""
    if _disjoint_in_order(found):
        return list(found)
    return _chosen_longest_first(found)


def _chosen_longest_first(
    found: list[tuple[int, int, str, tuple[T, ...]]],
) -> list[tuple[int, int, str, tuple[T, ...]]]:
    """`_best_non_overlapping` for any spans: longest first, then leftmost, each one kept
    when it overlaps none kept before it. The chosen spans are kept sorted and disjoint,
    so one bisection tells whether a span overlaps any of them."""
    chosen: list[tuple[int, int, str, tuple[T, ...]]] = []
    starts: list[int] = []
    ends: list[int] = []
    for item in sorted(found, key=lambda f: (f[0] - f[1], f[0])):
        s, e = item[0], item[1]
        i = bisect.bisect_left(starts, e)
        if i and ends[i - 1] > s:
            continue
        chosen.insert(i, item)
        starts.insert(i, s)
        ends.insert(i, e)
    return chosen


def _disjoint_in_order(found: list[tuple[int, int, str, tuple[T, ...]]]) -> bool:
    """Whether each span of `found` is not empty and begins at or after the end of the one
    before it: then they are sorted by start and no two overlap."""
    end = -1
    for item in found:
        if item[0] < end or item[1] <= item[0]:
            return False
        end = item[1]
    return True
