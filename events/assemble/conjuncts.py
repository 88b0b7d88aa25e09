"""Two deeds told by one event word: its second object joined by و, each with a place of
its own ("اغتيال هنية في طهران ونصر الله في بيروت"), is a second event.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.assemble.text import _location, _stable_id
from events.model import ActorMention, Event, PlaceMention, TimeMention
from events.reference import ReferenceCatalog, match_references
from events.text.lazy import LazyPattern

# the words between the first object's place and the second's: perhaps the first one's
# date (في 31 يوليو), then و, the second object in a few words, and في/ب before its place
_SECOND_OBJECT = LazyPattern(
    r"(?:\s+في\s+[^\s،,.;؛]+(?:\s+[^\s،,.;؛]+){0,3})?\s*[،,]?\s+و(?!في\s)[^\s،,.;؛]+(?:\s+[^\s،,.;؛]+){0,4}\s+(?:في|ب)\s*"
)
_CLAUSE_END = re.compile(r"[،,.;؛:!?؟\n]")


@lru_cache(maxsize=4)
def load_conjunct_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """The event types whose word may take two objects, each with its own place (data/assembly.json `conjunct_types`)."""
    return frozenset(load_assembly_rules(path).get("conjunct_types", ()))


class _Conjunct(NamedTuple):
    start: int  # of the و that joins it
    end: int  # of its clause
    place: PlaceMention


def _second_conjunct(text: str, trigger: tuple[int, int], places: list[PlaceMention], end: int) -> _Conjunct | None:
    """The second object of the event word, joined by و after the first object's place,
    with a place in another country: "اغتيال هنية في طهران ونصر الله في بيروت"."""
    after = sorted((p for p in places if p.start >= trigger[1]), key=lambda p: p.start)
    for first, second in itertools.pairwise(after):
        if first.country == second.country or (first.precision == "country" and second.precision == "country"):
            continue
        m = _SECOND_OBJECT.fullmatch(text, first.end, second.start)
        if m is None or _CLAUSE_END.search(text, trigger[1], first.start):
            continue
        stop = _CLAUSE_END.search(text, second.end, end)
        return _Conjunct(text.index("و", first.end, second.start), stop.start() if stop else end, second)
    return None


def _second_deed(
    event: Event,
    text: str,
    trigger: tuple[int, int],
    sentence_end: int,
    places: list[PlaceMention],
    actors: list[ActorMention],
    doers: list[ActorMention],
    dates: list[TimeMention],
    catalog: ReferenceCatalog,
    published: str | None,
) -> Event | None:
    """The event of the second object of `event`'s word, each with its place (`_second_conjunct`),
    done by the same `doers` (the initiator), dated by a date of its own clause or by the
    catalog, else none; its place and its object leave `event`."""
    if event.event_type not in load_conjunct_types():
        return None
    conj = _second_conjunct(text, trigger, places, sentence_end)
    if conj is None:
        return None
    own = [a for a in actors if conj.start <= a.start < conj.end]
    doers = [a for a in doers if not conj.start <= a.start < conj.end]
    country = conj.place.country
    countries = list(dict.fromkeys(c for a in [*doers, *own] for c in (a.members or (a.country,)) if c))
    countries = list(dict.fromkeys([*countries, country]))
    date = next((d for d in dates if conj.start <= d.start < conj.end and not d.recurring), None)
    split = replace(
        event,
        event_id=_stable_id(event.event_id, conj.start),
        countries=countries,
        actors=list(dict.fromkeys([*(a.actor_id for a in doers), *(a.actor_id for a in own)])),
        location=_location(conj.place),
        spans={**event.spans, "location": [conj.place.start, conj.place.end], "date": None},
        sources=[],
        reference_id=None,
    )
    if date is not None:
        split.date, split.date_precision, split.date_basis = date.value, date.precision, date.basis
        split.spans["date"] = [date.start, date.end]
    else:
        told = text[trigger[0] : trigger[1]] + " " + text[conj.start : conj.end]
        entries = [
            e
            for e in match_references(catalog, event.event_type, countries, told, published, event.language)
            if country in e.countries and e.id != event.reference_id
        ]
        if not entries:
            return None  # no date of its own: not the first one's, nor the publication's
        entry = entries[0]
        split.countries = list(dict.fromkeys([*split.countries, *entry.countries]))
        split.date, split.date_precision, split.date_basis = entry.date, entry.precision, "reference"  # type: ignore[assignment]
        split.end_date, split.reference_id = entry.end_date, entry.id
    split.actor1 = next((a.actor_id for a in doers), None)
    split.actor2 = next((a.actor_id for a in own), None)
    _leave_first(event, conj, own, doers)
    return split


def _leave_first(event: Event, conj: _Conjunct, own: list[ActorMention], doers: list[ActorMention]) -> None:
    """The second object's place and names leave the first event, unless a doer's."""
    kept = {c for a in doers for c in (a.members or (a.country,)) if c}
    leaving = ({conj.place.country} | {a.country for a in own if a.country}) - kept
    event.countries = [c for c in event.countries if c not in leaving]
    ids = {a.actor_id for a in own} - {a.actor_id for a in doers}
    event.actors = [a for a in event.actors if a not in ids]
    if event.actor2 in ids:
        event.actor2 = next((a for a in event.actors if a != event.actor1), None)
