"""The names told in the charge an arrest or a verdict is for ("أوقفت المديرية ... زياد عيتاني،
بتهمة التخابر والتعامل مع العدو الإسرائيلي", "arrested actor Ziad Itani on charges of spying for
Israel") are what the charge is about: neither the arrest's parties nor the country it took place
in, which its other names, its dateline or the article's own country give (data/assembly.json
`charge_markers`)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import ActorMention, PlaceMention

_CLAUSE_END = re.compile(r"[,،;؛.!?؟\n]")
_TYPES = frozenset({"arrest"})


@lru_cache(maxsize=4)
def load_charge_opener(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a word that opens a charge (`charge_markers`: بتهمة، on charges of)."""
    words = load_assembly_rules(path)["charge_markers"]
    return re.compile(r"(?<![^\W\d_])(?:" + alternation(words, spaced=True) + r")(?![^\W\d_])", re.IGNORECASE)


def without_charge_names(
    text: str, actors: list[ActorMention], places: list[PlaceMention], cand: _Candidate
) -> tuple[list[ActorMention], list[PlaceMention]]:
    """`actors` and `places` less the names inside the charge that follows an arrest's word in its
    sentence, up to the clause's end: its country-level places and all its actors (a city there
    may still be where the arrest was made)."""
    if cand.event_type not in _TYPES:
        return actors, places
    end = cand.sentence[1]
    opener = load_charge_opener().search(text, cand.trigger[1], end)
    if opener is None:
        return actors, places
    stop = _CLAUSE_END.search(text, opener.end(), end)
    lo, hi = opener.start(), stop.start() if stop else end
    return (
        [a for a in actors if not lo <= a.start < hi],
        [p for p in places if not (lo <= p.start < hi and p.precision == "country")],
    )
