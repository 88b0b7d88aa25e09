"""The place of a ratification is not where the agreement it ratifies was signed: "صادق مجلس
النواب على الاتفاقية ... الموقعة بنواكشوط", "parliament ratified the treaty signed in Madrid": a
name right after the participle that describes the agreement is the signing's place."""

from __future__ import annotations

from events.assemble.places import load_initiator_place_types
from events.assemble.rules import load_participles
from events.model import PlaceMention

_REACH = 12  # characters between the participle and the name: a preposition ("in", "في") or none ("بنواكشوط")


def _without_signing_places(
    text: str, places: list[PlaceMention], trigger: tuple[int, int], end: int, event_type: str
) -> list[PlaceMention]:
    """`places` without those named shortly after an attributive participle ("الموقعة",
    "signed") that follows the word of an event done at home by its initiator (a ratification,
    `initiator_place_types`), up to the sentence's `end`."""
    if event_type not in load_initiator_place_types() or not places:
        return places
    opened = [m.end() for m in load_participles().finditer(text, trigger[1], end)]
    return [p for p in places if not any(0 <= p.start - o <= _REACH for o in opened)]
