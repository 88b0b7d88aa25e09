"""An English aside set off by two commas that describes a person or a thing by a deed of its
own, opened by a relative word or a participle ("Outgoing President Abdel Aziz, first elected
in 2009, is stepping down"; "the accord, which was signed in 2015, ..."), holds that deed's
date: a date inside it dates the event word inside it, never an event word of the sentence
outside it (data/assembly.json `aside_openers`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import TimeMention, TriggerMention


@lru_cache(maxsize=4)
def load_aside_opener(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match, at a comma, of the comma and a word that opens a describing aside: one of
    `aside_openers`, or a past participle in -ed."""
    words = sorted(load_assembly_rules(path).get("aside_openers", ()), key=len, reverse=True)
    return re.compile(r",\s*(?:(?:" + "|".join(map(re.escape, words)) + r")\s|[a-z]+ed\s)", re.IGNORECASE)


def _asides(text: str, sentence: tuple[int, int]) -> list[tuple[int, int]]:
    """(start, end) of each describing aside of the English sentence, from its opening
    comma to its closing one."""
    found: list[tuple[int, int]] = []
    for m in re.finditer(",", text[sentence[0] : sentence[1]]):
        start = sentence[0] + m.start()
        if load_aside_opener().match(text, start) is None:
            continue
        close = text.find(",", m.end() + sentence[0], sentence[1])
        if close > 0:
            found.append((start, close))
    return found


def without_other_asides_dates(
    text: str, cand: _Candidate, dates: list[TimeMention], triggers: Sequence[TriggerMention]
) -> list[TimeMention]:
    """`dates` without those inside a describing aside that holds an event word of its own
    before the date, when the candidate's word is outside that aside."""
    if not dates or not text[cand.trigger[0] : cand.trigger[0] + 1].isascii():
        return dates
    drop: set[int] = set()
    for lo, hi in _asides(text, cand.sentence):
        if lo <= cand.trigger[0] < hi:
            continue
        for d in dates:
            if lo < d.start and d.end <= hi and any(lo < t.start and t.end <= d.start for t in triggers):
                drop.add(id(d))
    return [d for d in dates if id(d) not in drop] if drop else dates
