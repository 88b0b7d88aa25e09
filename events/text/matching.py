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

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

import ahocorasick

from events.text.normalize import FoldedText, fold_str, is_arabic

T = TypeVar("T")

_PROCLITICS = re.compile(r"(?:[وف]?[بكل]?(?:ال)?|[وف]?لل)")
_ARTICLE = "ال"


def _is_letter(ch: str) -> bool:
    return ch.isalnum()


def phrase_key(phrase: str) -> str:
    """The folded key a phrase is stored under (Arabic article stripped)."""
    key = " ".join(fold_str(phrase).split())
    if key.startswith(_ARTICLE) and len(key) > 4 and is_arabic(key[2]):
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
        payloads: dict[str, list[T]] = {}
        for phrase, payload in entries:
            key = phrase_key(phrase)
            if len(key) < min_key:
                continue
            payloads.setdefault(key, []).append(payload)
        for key, items in payloads.items():
            self._automaton.add_word(key, (key, tuple(items)))
        self._size = len(payloads)
        if payloads:
            self._automaton.make_automaton()
        self._suffixes = tuple(sorted({fold_str(s) for s in suffixes}, key=len, reverse=True))

    @classmethod
    def from_keys(cls, payloads: dict[str, list[T]], suffixes: Iterable[str] = ()) -> PhraseMatcher[T]:
        """A matcher from keys that are already in `phrase_key` form.

        Big dictionaries (the gazetteer) store their keys folded, so loading
        them skips folding tens of thousands of phrases at start-up.
        """
        matcher: PhraseMatcher[T] = cls((), suffixes)
        for key, items in payloads.items():
            matcher._automaton.add_word(key, (key, tuple(items)))
        matcher._size = len(payloads)
        if payloads:
            matcher._automaton.make_automaton()
        return matcher

    def __len__(self) -> int:
        return self._size

    def find_all(self, folded: FoldedText, overlapping: bool = False) -> list[Match[tuple[T, ...]]]:
        """Every accepted match; without `overlapping`, the best non-overlapping set."""
        if not self._size:
            return []
        text = folded.text
        found: list[tuple[int, int, str, tuple[T, ...]]] = []
        for end_idx, (key, payloads) in self._automaton.iter(text):
            start = end_idx - len(key) + 1
            end = end_idx + 1
            accepted = self._accept(text, start, end, key)
            if accepted is None:
                continue
            found.append((accepted[0], accepted[1], key, payloads))
        if not overlapping:
            found = _best_non_overlapping(found)
        out: list[Match[tuple[T, ...]]] = []
        for start, end, key, payloads in found:
            o_start, o_end = folded.span(start, end)
            out.append(Match(o_start, o_end, folded.original[o_start:o_end], key, payloads))
        return out

    def _accept(self, text: str, start: int, end: int, key: str) -> tuple[int, int] | None:
        """The folded (start, end) of the whole accepted word, clitics included,
        or None when the match is part of another word."""
        w = start
        first = key[0]
        if is_arabic(first):
            w = start
            while w > 0 and _is_letter(text[w - 1]) and is_arabic(text[w - 1]):
                w -= 1
            if w > 0 and _is_letter(text[w - 1]):
                return None
            prefix = text[w:start]
            if prefix and not _PROCLITICS.fullmatch(prefix):
                return None
        elif start > 0 and _is_letter(text[start - 1]):
            return None
        if end >= len(text) or not _is_letter(text[end]):
            return w, end
        if not is_arabic(key[-1]):
            return None
        for suffix in self._suffixes:
            stop = end + len(suffix)
            if text.startswith(suffix, end) and (stop >= len(text) or not _is_letter(text[stop])):
                return w, stop
        return None

    def iter_payloads(self, folded: FoldedText) -> Iterator[tuple[Match[tuple[T, ...]], T]]:
        for m in self.find_all(folded):
            for p in m.payload:
                yield m, p


def _best_non_overlapping(
    found: list[tuple[int, int, str, tuple[T, ...]]],
) -> list[tuple[int, int, str, tuple[T, ...]]]:
    chosen: list[tuple[int, int, str, tuple[T, ...]]] = []
    taken: list[tuple[int, int]] = []
    for item in sorted(found, key=lambda f: (-(f[1] - f[0]), f[0])):
        s, e = item[0], item[1]
        if any(s < te and ts < e for ts, te in taken):
            continue
        chosen.append(item)
        taken.append((s, e))
    return sorted(chosen, key=lambda f: f[0])
