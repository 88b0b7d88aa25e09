"""Where a traveller came from is neither a party nor the place of the visit.

"وصل الرئيس التركي إلى الدوحة قادما من الكويت", "arrived in Doha, coming from Kuwait":
the name right after a word of coming from (data/assembly.json `trip_origins`, perhaps with
an adverb of directness, "قادما مباشرة من تل أبيب", or a noun of a flight, "on a direct flight
from Israel") is the trip's origin; the visit is Turkey's to Qatar, in Doha.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.places import load_travel_types
from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import ActorMention, PlaceMention
from events.text.gates import gated_compile

_REACH = 12  # characters from the end of the words of coming to the start of the origin's name

# a word of "to" between the words of coming from and a name: that name is the destination
_DESTINATION = re.compile(r"(?<![^\W\d_])(?:to|إلى|الى)(?![^\W\d_])", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_trip_origins(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """The words of coming from, perhaps with an adverb of directness before their last word
    (`trip_origin_adverbs`: "قادما مباشرة من", "coming directly from")."""
    rules = load_assembly_rules(path)
    words = list(rules.get("trip_origins", ()))
    adverbs = rules.get("trip_origin_adverbs", ())
    words += [f"{w.rsplit(' ', 1)[0]} {a} {w.rsplit(' ', 1)[1]}" for w in words if " " in w for a in adverbs]
    return gated_compile(r"(?<!\w)[وف]?(?:" + alternation(words, spaced=True) + r")(?!\w)", re.IGNORECASE)


def without_trip_origins(
    text: str,
    actors: list[ActorMention],
    places: list[PlaceMention],
    trigger: tuple[int, int],
    end: int,
    event_type: str,
) -> tuple[list[ActorMention], list[PlaceMention]]:
    """The sentence's names without the origin of the trip told after the event word, or by
    words of coming from that begin with it ("who had flown in from Israel")."""
    if event_type not in load_travel_types():
        return actors, places
    ends = [m.end() for m in load_trip_origins().finditer(text, trigger[0], end)]
    if not ends:
        return actors, places

    def origin(start: int) -> bool:
        # ("flew from Cairo to Khartoum": the name past "to" is where the trip went)
        return any(0 <= start - e <= _REACH and _DESTINATION.search(text, e, start) is None for e in ends)

    return [a for a in actors if not origin(a.start)], [p for p in places if not origin(p.start)]
