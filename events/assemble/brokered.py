"""A truce named only by its brokers ("More than 4,000 people were killed before a US- and
French-brokered ceasefire took effect on November 27"): its sides are those of the war told
before it, the brokers stay beside them; it holds where that war was fought, not in a broker's
country."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.parties import _mediators
from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.model import ActorMention, Event, PlaceMention
from events.text.lazy import LazyPattern


@lru_cache(maxsize=4)
def load_brokered_sides(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], frozenset[str]]:
    """The types of a truce or deal whose brokers may be all its sentence names, and the types
    of the war whose sides they are (data/assembly.json `brokered_sides`)."""
    rules = load_assembly_rules(path).get("brokered_sides", {})
    return frozenset(rules.get("types", ())), frozenset(rules.get("war_types", ()))


def sides_of_the_war(
    text: str, event_type: str, named: Sequence[ActorMention], countries: list[str], events: Sequence[Event]
) -> list[str]:
    """`countries`, after the two sides of the latest war told before (an event of `war_types`
    with two countries) when every name the event has is a broker's; with no such war, after
    those of the latest truce told before with two sides, which the brokered one tells again."""
    types, war_types = load_brokered_sides()
    if event_type not in types or not named or not countries:
        return countries
    brokers = _mediators(text, list(named))
    if len(brokers) != len(named):
        return countries
    war = next((ev for ev in reversed(events) if ev.event_type in war_types and len(ev.countries) >= 2), None)
    if war is None or len(war.countries) != 2:
        # "A ceasefire between Israel and Hamas took hold on Friday ... The Egyptian-brokered truce
        # came into effect at 2 a.m.": the truce told before, with its sides, told again
        war = next((ev for ev in reversed(events) if ev.event_type == event_type and len(ev.countries) >= 2), None)
    if war is None or len(war.countries) != 2:
        return countries
    # the truce's place may already be one side ("killed in Lebanon before a US-brokered ceasefire")
    return [*war.countries, *(c for c in countries if c not in war.countries)]


@lru_cache(maxsize=4)
def load_sides_told_before(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], frozenset[str]]:
    """The types of a truce whose sides may be left to the sentence before, and the types of the
    fighting that names them (data/assembly.json `sides_told_before`)."""
    rules = load_assembly_rules(path).get("sides_told_before", {})
    return frozenset(rules.get("types", ())), frozenset(rules.get("war_types", ()))


def sides_told_just_before(event_type: str, before: tuple[int, int], events: Sequence[Event]) -> list[str]:
    """The countries of the fighting told in the sentence `before` ("The Houthis seized Sanaa in
    2014, and a Saudi-led coalition intervened. A UN-brokered truce in 2022 ..."), for a truce
    whose own sentence names none of its sides; empty for another type or no such fighting. (A
    war the catalog dates, named in passing, names no truce's sides.)"""
    types, war_types = load_sides_told_before()
    if event_type not in types or before[0] == before[1]:
        return []
    sides: list[str] = []
    for ev in events:
        if ev.event_type in war_types and ev.date_basis != "reference" and tuple(ev.spans.get("quote") or ()) == tuple(before):
            sides.extend(c for c in ev.countries if c not in sides)
    return sides


def place_of_the_fighting(sides: Sequence[str], events: Sequence[Event]) -> str | None:
    """The country among `sides` where the fighting told so far (events of the `war_types` of
    `sides_told_before`) took place most often, the latest on a tie; None when none did."""
    _, war_types = load_sides_told_before()
    counts: dict[str, int] = {}
    for ev in events:
        where = (ev.location or {}).get("country")
        if ev.event_type in war_types and where in sides:
            counts[where] = counts.get(where, 0) + 1
    if not counts:
        return None
    most = max(counts.values())
    return next(c for c in reversed([(ev.location or {}).get("country") for ev in events]) if counts.get(c) == most)


@lru_cache(maxsize=4)
def load_announcers(path: Path = ASSEMBLY_RULES) -> tuple[tuple[str, ...], ...]:
    """The words after which a name announced or sponsored a truce, each split into its words
    (data/assembly.json `brokered_sides.announcers`)."""
    words = load_assembly_rules(path).get("brokered_sides", {}).get("announcers", ())
    return tuple(tuple(w.lower().split()) for w in words)


_JOINED = LazyPattern(r"\s*[,،]?\s*(?:and\s+(?:the\s+)?)?", re.IGNORECASE)


def _after_announcer(text: str, start: int) -> bool:
    """Whether the name at `start` follows an announcer's words ("announced by (the)")."""
    before = text[max(0, start - 40) : start].lower().split()
    if before and before[-1] == "the":
        before = before[:-1]
    return any(tuple(before[-len(words) :]) == words for words in load_announcers())


def _announced_by(text: str, names: Sequence[ActorMention]) -> list[ActorMention]:
    """The names right after a word of a truce's announcer or sponsor ("announced by
    Washington", "أعلنتها واشنطن"), and those joined to them by "and" or و."""
    found: list[ActorMention] = []
    for a in names:
        joined = bool(found) and a.start >= found[-1].end and (
            _JOINED.fullmatch(text, found[-1].end, a.start) is not None
            and (text[found[-1].end : a.start].strip() != "" or a.text.startswith("و"))
        )
        if joined or _after_announcer(text, a.start):
            found.append(a)
    return found


def fought_where_brokered(
    text: str, event_type: str, named: Sequence[ActorMention], place: PlaceMention | None, events: Sequence[Event]
) -> str | None:
    """The country of a truce named only by its brokers ("A truce brokered by Washington in late
    April was violated", "هدنة بوساطة واشنطن"): where the latest fighting told before it took
    place (an event of `war_types` with a place), not a broker's country, which mediates and
    is never where the truce holds; None when the truce names a place of its own other than a
    broker's name, or no fighting with a place was told before."""
    types, war_types = load_brokered_sides()
    if event_type not in types or not named:
        return None
    brokers = _mediators(text, list(named)) or _announced_by(text, named)
    if len(brokers) != len(named):
        return None
    if place is not None and not any(place.start < b.end and b.start < place.end for b in brokers):
        return None
    war = next((ev for ev in reversed(events) if ev.event_type in war_types and (ev.location or {}).get("country")), None)
    if war is None or war.location["country"] in {b.country for b in brokers}:  # type: ignore[index]
        return None
    return war.location["country"]  # type: ignore[index]


@lru_cache(maxsize=4)
def load_fighting_after_truce(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], frozenset[str]]:
    """The types of fighting whose sides may be those of a truce told just before, and the types
    of that truce (data/assembly.json `fighting_after_truce`)."""
    rules = load_assembly_rules(path).get("fighting_after_truce", {})
    return frozenset(rules.get("types", ())), frozenset(rules.get("truce_types", ()))


def sides_of_the_truce_just_before(event_type: str, before: tuple[int, int], events: Sequence[Event]) -> list[str] | None:
    """The two countries of a truce told in the sentence `before` ("Thailand and Cambodia agreed to
    a ceasefire ... Five days of border clashes have killed at least 35 people"), for fighting whose
    own sentence names none of its sides: the fighting the truce ended was between them. None for
    another type, no such truce, or one of more or fewer than two countries."""
    types, truce_types = load_fighting_after_truce()
    if event_type not in types or before[0] == before[1]:
        return None
    truces = [
        ev for ev in events
        if ev.event_type in truce_types and ev.date_basis != "reference" and tuple(ev.spans.get("quote") or ()) == tuple(before)
    ]
    if len(truces) != 1 or len(truces[0].countries) != 2:
        return None
    return list(truces[0].countries)
