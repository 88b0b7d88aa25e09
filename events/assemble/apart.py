"""Two tellings of an event of a type done at a place (`apart_types`: an attack) placed in two
cities far apart (`apart_km`), one dated to the day and the other only to the month or the year
("killed more than 100 people in the coastal city of Baniyas in March" beside "an ambush near
Jableh on March 6"), are two deeds of one campaign, not one event told twice."""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.model import Event

_EARTH_KM = 6371.0


@lru_cache(maxsize=4)
def load_apart(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], float]:
    """(types, kilometres) of data/assembly.json `apart_types` and `apart_km`."""
    rules = load_assembly_rules(path)
    return frozenset(rules.get("apart_types", ())), float(rules.get("apart_km", 0))


def _km(a: dict, b: dict) -> float | None:
    try:
        la1, lo1, la2, lo2 = (math.radians(float(x)) for x in (a["lat"], a["lon"], b["lat"], b["lon"]))
    except (KeyError, TypeError, ValueError):
        return None
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * _EARTH_KM * math.asin(math.sqrt(h))


def _apart(a: Event, b: Event) -> bool:
    """Whether the two events are deeds at two cities far apart, told at different precisions."""
    types, km = load_apart()
    if a.event_type not in types or not a.date or not b.date or len(a.date) == len(b.date):
        return False
    la, lb = a.location, b.location
    if not la or not lb or la.get("precision") != "city" or lb.get("precision") != "city":
        return False
    if la.get("name") == lb.get("name"):
        return False
    distance = _km(la, lb)
    return distance is not None and distance > km
