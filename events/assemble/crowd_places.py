"""A crowd's deed whose sentence names no place and no country of its own, only persons (a
visiting leader mobbed by residents who chanted as he walked through the streets; حشود هتفت
أثناء جولة الرئيس الفرنسي): the crowd gathered where the article's story is, the country the
article is about, not the country of the person it faced (data/assembly.json
`crowd_places.types`)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import ActorMention, PlaceMention


@lru_cache(maxsize=4)
def load_crowd_place_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """The event types of a crowd's deed (`crowd_places.types`)."""
    return frozenset(load_assembly_rules(path).get("crowd_places", {}).get("types", ()))


def crowd_at_home(
    cand: _Candidate, place: PlaceMention | None, places: Sequence[PlaceMention], actors: Sequence[ActorMention]
) -> bool:
    """Whether a crowd's deed, its sentence naming no place and every named party a person,
    took place in the country the article is about (see above)."""
    return (
        cand.event_type in load_crowd_place_types()
        and cand.reference_id is None
        and place is None
        and not places
        and bool(actors)
        and all(a.kind == "person" for a in actors)
    )
