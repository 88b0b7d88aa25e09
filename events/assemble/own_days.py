"""An English event word of a type another word of its sentence would absorb ("a truce" absorbs
"talks") keeps its own event when it stands in a clause of its own, on a day of its own: "the
two sides have observed a truce since April 2022, and a delegation held talks in Sanaa in
April 2023" tells the talks as well."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.assemble.text import _Candidate, _clause


@lru_cache(maxsize=4)
def load_own_day_absorbers(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """The absorbing types that yield to a clause with a day of its own (data/assembly.json `own_day_absorbers`)."""
    return frozenset(load_assembly_rules(path).get("own_day_absorbers", ()))


def _on_a_day_of_its_own(text: str, cand: _Candidate, absorbing: Sequence[_Candidate], cuts: Sequence[int]) -> bool:
    """Whether the English candidate stands in another clause and another dated part of its
    sentence (`cuts`: where the sentence's days change) than every absorbing candidate, of a
    type that yields so."""
    if not text[cand.trigger[0] : cand.trigger[0] + 1].isascii() or not cuts or not absorbing:
        return False
    if any(a.event_type not in load_own_day_absorbers() for a in absorbing):
        return False
    part = bisect.bisect_right(cuts, cand.trigger[0])
    clause = _clause(text, cand.sentence, cand.trigger)
    return all(
        bisect.bisect_right(cuts, a.trigger[0]) != part and _clause(text, a.sentence, a.trigger) != clause
        for a in absorbing
    )


# ", and" opening a clause with a subject of its own: a capitalised word or "the" next
_NEW_SUBJECT = re.compile(r"[,;]\s+and\s+(?:the\s+|[A-Z])")


def _done_before_another_subject(text: str, cand: _Candidate, absorbing: Sequence[_Candidate]) -> bool:
    """Whether the English candidate is a verb in the past whose clause ends before every
    absorbing candidate, past ", and" and another subject: "Erdogan received al-Sharaa in
    Ankara in February, and Kalin was the first official to visit Damascus" tells the
    reception too, though a visit would take in a meeting of its own clause."""
    if cand.tense != "past" or not text[cand.trigger[0] : cand.trigger[0] + 1].isascii() or not absorbing:
        return False
    return all(
        a.trigger[0] > cand.trigger[1] and _NEW_SUBJECT.search(text, cand.trigger[1], a.trigger[0]) is not None
        for a in absorbing
    )
