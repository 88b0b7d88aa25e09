"""A measure one state takes against another (sanctions, a cut in ties) is taken at home: a
country named right after a preposition of the side acted on ("imposed sanctions on Iran",
"فرض عقوبات على إيران", "قطع علاقاته مع قطر") is its target, not where it was taken; when the
measure's sides are that state and its target alone, it is placed in the acting state's country;
when several states take it together, each at home, it is placed nowhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.places import _country_location
from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.assemble.text import _list_mates
from events.assemble.venues import _dealt_with
from events.model import ActorMention, Event, PlaceMention
from events.places import Gazetteer


@lru_cache(maxsize=4)
def load_home_measure_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Types of a measure taken at home (data/assembly.json `home_measures.types`)."""
    return frozenset(load_assembly_rules(path).get("home_measures", {}).get("types", ()))


def measure_at_home(
    event: Event,
    text: str,
    place: PlaceMention | None,
    initiator: Sequence[ActorMention],
    actors: Sequence[ActorMention],
    gazetteer: Gazetteer,
    spans: dict,
) -> None:
    """Place a measure of one state against another in the acting state's country when its place
    is the target's name right after a preposition of the side acted on."""
    if event.event_type not in load_home_measure_types() or place is None or not initiator:
        return
    home, target = initiator[0].country, place.country
    location = event.location or {}
    if home is None or home == target or location.get("country") != target:
        return
    # the states that act: the initiator and the states listed with it ("Saudi Arabia, the UAE,
    # Bahrain and Egypt", "السعودية والإمارات والبحرين ومصر")
    named = sorted({(a.start, a.end): a for a in (*actors, *initiator)}.values(), key=lambda a: a.start)
    doers = {a.country for a in (*initiator, *_list_mates(text, named, initiator[0])) if a.country}
    several = len(doers - {target}) >= 2
    if set(event.countries) != {home, target} and not several:
        return
    if not _dealt_with(text, place, actors):
        return
    # several states acting against one ("cut ties with Qatar", "قطعت علاقاتها مع الدوحة") each act
    # at home: the text states no one place, and the target's country is none of theirs
    event.location = None if several else _country_location(home, gazetteer)
    spans.pop("location", None)
