"""Where a supply or a trip went when its sentence names no one it went to and no place but the
sender's own country: the place the text has just told of ("The blasts hit the market in
Mogadishu. ... Turkey flew in medical supplies"; "ضرب الزلزال جنوب تركيا ... وأرسلت مصر طائرات
إغاثة"; "Egypt's foreign minister visited the quake zone"). The nearest place named in the
sentences before it (up to `told_destinations.sentences` of data/assembly.json) is where it was
received or made, unless that place is the sender's own country: then the text tells of no
other ground, and the event keeps the place the other rules give."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.assemble.text import _country_location, _locative, _sentence_before
from events.model import ActorMention, Event, PlaceMention
from events.places import Gazetteer, find_places
from events.text.normalize import fold


@lru_cache(maxsize=4)
def load_told_destinations(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], int]:
    """(the types sent or travelling to a place, how many sentences back the place may be told)."""
    rules = load_assembly_rules(path).get("told_destinations", {})
    return frozenset(rules.get("types", ())), int(rules.get("sentences", 0))


def _place_told_before(
    text: str, sentences: Sequence[tuple[int, int]], start: int, gazetteer: Gazetteer, reach: int
) -> PlaceMention | None:
    """The last place named in the `reach` sentences before the one that begins at `start`."""
    for _ in range(reach):
        before = _sentence_before(sentences, start)
        if before[0] >= start:
            return None
        chunk = text[before[0] : before[1]]
        found = [p for p in find_places(chunk, fold(chunk), gazetteer) if p.country]
        if found:
            return max(found, key=lambda p: p.start)
        start = before[0]
    return None


def received_where_told(
    event: Event,
    text: str,
    sentences: Sequence[tuple[int, int]],
    start: int,
    place: PlaceMention | None,
    initiator: Sequence[ActorMention],
    others: Sequence[ActorMention],
    gazetteer: Gazetteer,
    spans: dict,
    done: bool = True,
) -> None:
    """Place a supply or trip told with no destination where the sentences before it are, when a
    verb in the past tells it (`done`: "flew in", "أرسلت"; not a noun of a standing supply, "استمرار
    تسليح الميليشيات")."""
    types, reach = load_told_destinations()
    senders = {a.country for a in initiator if a.country}
    if event.event_type not in types or not senders or not done:
        return
    if place is not None and (place.precision != "country" or place.country not in senders or _locative(text, place)):
        return  # a place of its own, or the sender's country told as a place ("back in Egypt")
    if any(a.country not in senders for a in others):
        return  # a party it went to ("sent aid to the Yemeni people", "arming the militias")
    if (event.location or {}).get("country") not in (None, *senders):
        return
    told = _place_told_before(text, sentences, start, gazetteer, reach)
    if told is None or told.country in senders:
        return
    event.location = _country_location(told.country, gazetteer)
    if told.country not in event.countries:
        event.countries.append(told.country)
    spans.pop("location", None)
