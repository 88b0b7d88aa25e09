"""A deed told as spread over the days, weeks or months after a time told before it ("The
hostilities erupted on May 10 ... Israel responded with hundreds of air strikes over the following
days"; "وشنت إسرائيل غارات على مدى الأيام التالية"): it took place after that time, in its month
(days, weeks) or its year (months), not on the day of the publication, which is only when it was
reported (data/assembly.json `following_spans`). A sentence that names no time before the deed
counts from the last time the sentence before it names."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate, anchor_date_before
from events.assemble.word_gates import may_name
from events.model import Event, TimeMention
from events.text.gates import anchor_words

# the most words between an event word and the phrase ("air strikes on the Gaza Strip over ...")
_WORDS_BETWEEN = 8
# what may close the phrase's clause: a mark of punctuation, the text's end, or "and", و
_CLAUSE_END = r"(?=\s*(?:[.,;:!?،؛)\"”]|\Z|and\s|و))"


@lru_cache(maxsize=4)
def load_following_spans(path: Path = ASSEMBLY_RULES) -> tuple[tuple[re.Pattern[str], str], ...]:
    """For each precision (`month`, `year` of `following_spans` in assembly.json), a match, at most
    `_WORDS_BETWEEN` words after an event word, of one of its phrases closing its clause."""
    rules = load_assembly_rules(path).get("following_spans", {})
    out = []
    for precision in ("month", "year"):
        words = rules.get(precision, ())
        if words:
            between = r"\s+(?:[^\s.;:!?؛]+\s+){0," + str(_WORDS_BETWEEN) + r"}?"
            phrase = r"(?<![^\W\d_])(?:" + alternation(words, spaced=True) + r")(?![^\W\d_])"
            out.append((re.compile(between + phrase + _CLAUSE_END, re.IGNORECASE), precision))
    return tuple(out)


def date_by_the_following_span(
    event: Event,
    text: str,
    cand: _Candidate,
    dates: Sequence[TimeMention],
    spans: dict,
    before: tuple[tuple[int, int], Sequence[TimeMention]] | None = None,
) -> None:
    """Date an event that has no time of its own and whose word a phrase of the following days,
    weeks or months follows by the month (or the year) of the latest date told before the word
    in its sentence, or, with none there, in the sentence before (`before`: its span and dates)."""
    found = _phrase_after(text, cand.trigger[1], cand.sentence[1])
    if found is None:
        return
    m, precision = found
    d = anchor_date_before(dates, cand.sentence[0], cand.trigger[0], before)
    if d is None or d.precision not in ("day", "month", "year"):
        return
    value, cut = (d.value[:7], "month") if precision == "month" and d.precision != "year" else (d.value[:4], "year")
    if event.published and value > event.published[: len(value)]:
        return
    event.date, event.date_precision, event.date_basis = value, cut, d.basis  # type: ignore[assignment]
    event.end_date = None
    spans["date"] = [m.end() - len(m.group(0).lstrip()), m.end()]


def _phrase_after(text: str, start: int, end: int) -> tuple[re.Match[str], str] | None:
    """The phrase of a following span right after `start` (within `end`), and its precision."""
    for pattern, precision in load_following_spans():
        if (m := pattern.match(text, start, end)) is not None:
            return m, precision
    return None


def following_span_positions(text: str) -> list[int]:
    """Where the text tells a deed spread over the days or months after another time: the
    sentences before must be read for dates too, for a sentence that names none of its own."""
    rules = load_assembly_rules().get("following_spans", {})
    words = (*rules.get("month", ()), *rules.get("year", ()))
    if not words or not may_name(text, _span_anchors(words)):
        return []
    return [m.start() for m in _bare(words).finditer(text)]


@lru_cache(maxsize=1)
def _span_anchors(words: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The words of each phrase of a following span, for `may_name`: an article that lacks every
    word of each phrase is not searched for one."""
    return anchor_words(words)


@lru_cache(maxsize=1)
def _bare(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![^\W\d_])(?:" + alternation(words, spaced=True) + r")(?![^\W\d_])", re.IGNORECASE)
