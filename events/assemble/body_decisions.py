"""The subject of a body's decision is not where it was taken: "The Arab League voted to reinstate
Syria's membership", "قررت جامعة الدول العربية تعليق عضوية سوريا", "the Security Council voted to
impose sanctions on Libya". A body of many states (an organisation with no country of its own)
decides at its seat or its session, which the sentence does not name; the one country it names,
the one the decision is about, is a side, not the place (data/assembly.json `body_decisions`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.assemble.text import _placed_in
from events.model import ActorMention, Event, PlaceMention


@lru_cache(maxsize=4)
def load_body_decision_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Types of a decision a body takes about a state (`body_decisions.types`)."""
    return frozenset(load_assembly_rules(path).get("body_decisions", {}).get("types", ()))


def _of_many_states(actor: ActorMention) -> bool:
    return actor.kind == "organisation" and not actor.country and not actor.members


def decided_about(event: Event, text: str, place: PlaceMention | None, parties: Sequence[ActorMention], spans: dict) -> None:
    """Leave a decision a body takes about one state with no place, when the body is the first
    of its `parties` the sentence names, the event is placed in that state's country, the only
    one of its countries, and the sentence names no place of it but that country as a side (no
    "in" before it)."""
    where = event.location or {}
    if event.event_type not in load_body_decision_types() or where.get("precision") != "country":
        return
    if place is not None and (place.precision != "country" or _placed_in(text, place)):
        return
    first = min(parties, key=lambda a: a.start, default=None)
    if first is None or not _of_many_states(first) or any(c != where.get("country") for c in event.countries):
        return
    event.location = None
    spans.pop("location", None)
