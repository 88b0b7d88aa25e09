"""An English event told as the next step of the sentence before ("On Sunday, a rocket hit a police
station in Kilis. Turkish artillery then struck YPG positions"): with no date of its own, it
took place on that sentence's day."""

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


def _date_as_sequel(
    event: Event, text: str, cand: _Candidate, before: tuple[int, int], dates: Sequence[TimeMention], spans: dict
) -> None:
    """Date a publication-dated English event whose verb follows an adverb of sequence by the last
    day the sentence before (`before`, its start and end) names."""
    start = cand.trigger[0]
    if event.date_basis != "publication" or not text[start : start + 1].isascii():
        return
    if (
        load_sequel_words().search(text, max(cand.sentence[0], start - 30), start) is None
        and _sequel_opening().match(text, cand.sentence[0], start) is None
    ):
        return
    days = [d for d in dates if before[0] <= d.start and d.end <= before[1] and d.precision == "day" and not d.recurring]
    if not days:
        return
    day = days[-1]
    event.date, event.date_precision, event.date_basis = day.value, day.precision, day.basis  # type: ignore[assignment]
    spans["date"] = [day.start, day.end]


@lru_cache(maxsize=4)
def _sequel_word_search(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    words = sorted(set(load_assembly_rules(path).get("sequel_words", ())), key=len, reverse=True)
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"
    return re.compile(r"(?<!\w)(?<![Ss]ince )(?<![Uu]ntil )(?<![Bb]y )(?<![Tt]he )(?i:" + alternatives + r"),?\s+[^\W\d_]")


@lru_cache(maxsize=4)
def _sequel_anchors(path: Path = ASSEMBLY_RULES) -> tuple[str, ...]:
    return anchor_words(load_assembly_rules(path).get("sequel_words", ()))


def sequel_starts(text: str) -> list[int]:
    """Where an adverb of sequence stands before a lower-case word in `text`: the sentence
    before must be read for dates too (see `_date_as_sequel`). The whole text is searched
    only when one of the adverbs' words occurs in it (most articles are Arabic)."""
    if not may_hold(case_blind_text(text), _sequel_anchors()):
        return []
    return [m.start() for m in _sequel_word_search().finditer(text)]
