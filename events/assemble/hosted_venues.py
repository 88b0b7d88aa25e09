"""A place named right after a verb of hosting in the clause of talks, a deal or a truce
("مباحثات استضافتها العاصمة الصينية", "المشاورات التي احتضنتها الرياض", "talks hosted by
Beijing") is where they were held, though its sentence names the sides apart from it
(data/assembly.json `hosting_verbs`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.places import load_venue_types
from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import PlaceMention

_REACH = 60  # characters after the event word within which the verb of hosting stands


@lru_cache(maxsize=4)
def load_hosting_verbs(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a verb of hosting, with its object pronoun, ending right before a name."""
    words = alternation(load_assembly_rules(path)["hosting_verbs"], spaced=True)
    return re.compile(r"(?<!\w)[وف]?(?:" + words + r")(?:ها|ه|هما|هم)?\s+(?:by\s+)?$", re.IGNORECASE)


def hosted_at(text: str, cand: _Candidate, places: Sequence[PlaceMention]) -> PlaceMention | None:
    """The place a verb of hosting names right after the event word, in its clause."""
    if cand.event_type not in load_venue_types():
        return None
    verbs = load_hosting_verbs()
    end = min(cand.sentence[1], cand.trigger[1] + _REACH)
    for p in places:
        if not cand.trigger[1] <= p.start < end or re.search(r"[,،.;؛]", text[cand.trigger[1] : p.start]):
            continue
        if verbs.search(text, max(cand.trigger[1], p.start - 30), p.start) is not None:
            return p
    return None
