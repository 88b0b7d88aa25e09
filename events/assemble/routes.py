"""The ends of a route an agreement or talks are about ("a deal to build an oil pipeline from
Basra to the port of Aqaba", "talks on a railway linking the two capitals"): the places a
pipeline, a railway or a road runs between are what the event is about, not where it took
place."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import PlaceMention
from events.text.gates import gated_compile

# characters before a place within which the route's noun is looked for
_REACH = 90


@lru_cache(maxsize=4)
def load_route_ends(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], frozenset[str]]:
    """A search for a route's noun (data/assembly.json `route_ends.nouns`), up to three words,
    a word that opens its ends (`route_ends.openers`: from, between, linking) and up to eight
    more words with no mark between them, ending where the searched text ends; and the event
    types whose place a route's ends are not (`route_ends.types`)."""
    rules = load_assembly_rules(path).get("route_ends", {})
    nouns = alternation(rules.get("nouns", ()), spaced=True)
    openers = alternation(rules.get("openers", ()), spaced=True)
    pattern = gated_compile(
        r"(?<![\w-])(?:"
        + nouns
        + r")\s+(?:[^\s,;:()\"“”.]+\s+){0,3}?(?:"
        + openers
        + r")\s+(?:[^\s,;:()\"“”.]+\s+){0,8}$",
        re.IGNORECASE,
    )
    return pattern, frozenset(rules.get("types", ()))


def _without_route_ends(text: str, places: list[PlaceMention], event_type: str) -> list[PlaceMention]:
    """The sentence's places without the ends of a route named in it, for an event of a type
    a route is the subject of."""
    pattern, types = load_route_ends()
    if event_type not in types:
        return places

    def an_end(p: PlaceMention) -> bool:
        return (
            text[p.start : p.start + 1].isascii()
            and pattern.search(text, max(0, p.start - _REACH), p.start) is not None
        )

    return [p for p in places if not an_end(p)]
