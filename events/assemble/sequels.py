"""An event told as the next step of the sentence before ("On Sunday, a rocket hit a police
station in Kilis. Turkish artillery then struck YPG positions"; «وبعد ساعتين تقريبا، انفجرت سيارة
مفخخة ثانية»): with no date of its own, it took place on that sentence's day, or, for a sentence
opened by such words, on the day of the last event told before it when that sentence tells none."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import Event, TimeMention
from events.text.gates import anchor_words, case_blind_text, may_hold


@lru_cache(maxsize=4)
def load_sequel_words(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for an adverb of sequence (data/assembly.json `sequel_words`) ending right before
    the next word, not after 'since', 'until', 'by' or 'the'."""
    words = sorted(set(load_assembly_rules(path).get("sequel_words", ())), key=len, reverse=True)
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"
    return re.compile(
        r"(?<!\w)(?<!since )(?<!until )(?<!by )(?<!the )(?:" + alternatives + r"),?\s+$", re.IGNORECASE
    )


@lru_cache(maxsize=4)
def _sequel_opening(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match for an adverb of sequence that opens a sentence, set off by a comma ("In
    retaliation, ...", "Hours later, ...")."""
    words = sorted(set(load_assembly_rules(path).get("sequel_words", ())), key=len, reverse=True)
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"
    return re.compile(r"\W*(?:" + alternatives + r")\s*,", re.IGNORECASE)


@lru_cache(maxsize=4)
def _sequel_opening_ar(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a count of hours or minutes after بعد set off by a comma (data/assembly.json
    `sequel_counts_ar`: «وبعد ساعتين تقريبا،»), perhaps after نحو and before تقريبا."""
    counts = sorted(set(load_assembly_rules(path).get("sequel_counts_ar", ())), key=len, reverse=True)
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in counts) or "(?!)"
    return re.compile(
        r"(?<![^\W\d_])[وف]?بعد\s+(?:(?:نحو|قرابة|حوالي|حوالى)\s+)?(?:" + alternatives + r")"
        r"(?:\s+(?:تقريبا|تقريبًا|تقريباً|فقط))?\s*[,،]"
    )


def _opens_with_a_count(text: str, sentence_start: int, start: int) -> bool:
    """Whether the sentence from `sentence_start` opens, before the word at `start`, with an
    Arabic count of hours or minutes set off by a comma («وبعد ساعتين تقريبا، انفجرت»)."""
    opening = re.compile(r"[\W\d_]*").match(text, sentence_start, start)
    at = opening.end() if opening is not None else sentence_start
    found = _sequel_opening_ar().match(text, at, start)
    return found is not None


def _date_as_sequel(
    event: Event,
    text: str,
    cand: _Candidate,
    before: tuple[int, int],
    dates: Sequence[TimeMention],
    spans: dict,
    told: Sequence[Event] = (),
) -> None:
    """Date a publication-dated event whose verb follows an adverb of sequence by the last day
    the sentence before (`before`, its start and end) names. A sentence opened by such words
    ("Hours later,", «وبعد ساعتين تقريبا،») whose sentence before names no day takes the day of
    the last event told before it (`told`, in the order told), dated by the text."""
    start = cand.trigger[0]
    if event.date_basis != "publication":
        return
    if text[start : start + 1].isascii():
        opening = _sequel_opening().match(text, cand.sentence[0], start) is not None
        if not opening and load_sequel_words().search(text, max(cand.sentence[0], start - 30), start) is None:
            return
    else:
        opening = _opens_with_a_count(text, cand.sentence[0], start)
        if not opening:
            return
    days = [d for d in dates if before[0] <= d.start and d.end <= before[1] and d.precision == "day" and not d.recurring]
    if days:
        day = days[-1]
        event.date, event.date_precision, event.date_basis = day.value, day.precision, day.basis  # type: ignore[assignment]
        spans["date"] = [day.start, day.end]
        return
    if not opening:
        return
    last = next((ev for ev in reversed(told) if ev.spans.get("trigger", (start,))[0] < cand.sentence[0]), None)
    if last is not None and last.date_precision == "day" and last.date_basis not in ("publication", None):
        event.date, event.date_precision, event.date_basis = last.date, last.date_precision, last.date_basis
        if last.spans.get("date") is not None:
            spans["date"] = list(last.spans["date"])


@lru_cache(maxsize=4)
def _sequel_word_search(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    words = sorted(set(load_assembly_rules(path).get("sequel_words", ())), key=len, reverse=True)
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"
    return re.compile(r"(?<!\w)(?<![Ss]ince )(?<![Uu]ntil )(?<![Bb]y )(?<![Tt]he )(?i:" + alternatives + r"),?\s+[^\W\d_]")


@lru_cache(maxsize=4)
def _sequel_anchors(path: Path = ASSEMBLY_RULES) -> tuple[str, ...]:
    return anchor_words(load_assembly_rules(path).get("sequel_words", ()))


def sequel_starts(text: str) -> list[int]:
    """Where an adverb of sequence stands before a lower-case word, or an Arabic count of hours
    opens a clause, in `text`: the sentence before must be read for dates too (see
    `_date_as_sequel`). The whole text is searched for the English adverbs only when one of
    their words occurs in it (most articles are Arabic)."""
    found = [m.start() for m in _sequel_opening_ar().finditer(text)] if "بعد" in text else []
    if not may_hold(case_blind_text(text), _sequel_anchors()):
        return found
    return sorted([*found, *(m.start() for m in _sequel_word_search().finditer(text))])
