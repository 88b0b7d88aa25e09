"""Those who objected to an event ("held the referendum on September 25 despite objections
from Baghdad, its neighbours and the United States", "رغم اعتراض بغداد"): no party to it, nor
its place."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import ActorMention, PlaceMention
from events.text.gates import gated_compile

_CLAUSE_END = re.compile(r"[;:.()،؛]|,\s+(?:and\s+|but\s+)?(?:which|who|as|while|when)\b|\n")


@lru_cache(maxsize=4)
def load_objection_markers(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for the words that open who objected (data/assembly.json `objection_markers`)."""
    words = load_assembly_rules(path).get("objection_markers", ())
    return gated_compile(r"(?<![^\W\d_])(?:" + alternation(words, spaced=True) + r")(?![^\W\d_])", re.IGNORECASE)


def without_objectors(
    text: str, actors: list[ActorMention], places: list[PlaceMention], trigger_end: int, end: int
) -> tuple[list[ActorMention], list[PlaceMention]]:
    """`actors` and `places` without those named after a word of objection after the event word,
    up to the end of its clause, when a side or a place with a country stays outside."""
    m = load_objection_markers().search(text, trigger_end, end)
    if m is None:
        return actors, places
    close = _CLAUSE_END.search(text, m.end(), end)
    stop = close.start() if close is not None else end
    kept_actors = [a for a in actors if not m.start() <= a.start < stop]
    kept_places = [p for p in places if not m.start() <= p.start < stop]
    if not any(n.country for n in (*kept_actors, *kept_places)):
        return actors, places
    return kept_actors, kept_places
