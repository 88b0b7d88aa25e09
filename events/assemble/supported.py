"""Where forces or aid sent to back a side go: "أرسلت تركيا جنودا ومقاتلين لدعم حكومة الوفاق",
"Turkey sent troops to back the GNA", "Wagner deployed mercenaries in support of Haftar": when
the sentence names no land they are sent to, only the sender, the side they are sent to back,
named right after a word of support (data/assembly.json `support_purposes`), is in the land they
go to: the event is placed in that side's country, not the sender's. So is aid given to a side
named right after its word ("تزويد الحوثيين بالأسلحة", `recipient_types`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.givers import genitive_giver, load_givers
from events.assemble.places import load_travel_types
from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules, load_destination_types
from events.assemble.text import _Candidate, _country_location
from events.model import ActorMention, Event, PlaceMention
from events.places import Gazetteer

_REACH = 30  # characters between the word of support and the side's name


@lru_cache(maxsize=4)
def load_support_purposes(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a word of support (`support_purposes`), perhaps with ل on the name after it."""
    words = alternation(load_assembly_rules(path).get("support_purposes", ()), spaced=True)
    return re.compile(r"(?<!\w)(?:" + words + r")(?!\w)", re.IGNORECASE)


def _side_after(text: str, start: int, actors: Sequence[ActorMention], sender: set[str]) -> str | None:
    """The country of the first side named after `start`, past the sender's own names, each
    within reach of the one before and with no punctuation between."""
    for a in sorted(actors, key=lambda a: a.start):
        if a.start < start:
            continue
        if a.start - start > _REACH or re.search(r"[,،.;؛]", text[start : a.start]):
            return None
        if a.country in sender:
            start = a.end
            continue
        if load_givers()[1].search(text, start, a.start):
            return None  # "يتزودون بطائرات من إيران": the giver, not the side supplied
        return a.country
    return None


@lru_cache(maxsize=4)
def load_recipient_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Types whose side named right after the event word is the one supplied (`recipient_types`: aid)."""
    return frozenset(load_assembly_rules(path).get("recipient_types", ()))


def _backed_side(text: str, cand: _Candidate, actors: Sequence[ActorMention], sender: set[str]) -> str | None:
    """The country of the side named right after a word of support after the event word; for
    aid, else that of the side named right after the event word itself, the one supplied
    ("تزويد الحوثيين بالأسلحة", "دعم إيران للحوثيين", "supplying the Houthis with weapons")."""
    found = load_support_purposes().search(text, cand.trigger[1], cand.sentence[1])
    if found is not None:
        return _side_after(text, found.end(), actors, sender)
    if cand.event_type in load_recipient_types():
        return _side_after(text, cand.trigger[1], actors, sender)
    return None


def _names_sender(place: PlaceMention, cand: _Candidate, initiator: Sequence[ActorMention]) -> bool:
    """Whether a country named before the event word, or as its sender ("أرسلت تركيا"), is the
    sender's."""
    return place.end <= cand.trigger[0] or any(a.start < place.end and place.start < a.end for a in initiator)


def sent_in_support(
    event: Event,
    text: str,
    cand: _Candidate,
    place: PlaceMention | None,
    initiator: Sequence[ActorMention],
    actors: Sequence[ActorMention],
    gazetteer: Gazetteer,
    spans: dict,
) -> None:
    """Place forces or aid sent to back a side (`destination_types`, not a traveller's visit) in
    that side's country, when the sentence names no place of theirs but the sender's country."""
    if event.event_type not in load_destination_types() - load_travel_types():
        return
    if genitive_giver(text, [*initiator, *actors], cand.trigger) is not None:
        return  # "دعم النظام الإيراني للميليشيا الحوثية": placed at the receiver's by its roles
    if place is not None and not (place.precision == "country" and _names_sender(place, cand, initiator)):
        return
    # the sender: the country named as such, and the sides named before the event word (not a
    # side read as the initiator after it, "تزويد الحوثيين": the one supplied)
    before = [a for a in (*initiator, *actors) if a.end <= cand.trigger[0]]
    sender = {a.country for a in before if a.country} | ({place.country} if place is not None else set())
    if place is None and event.location and event.location.get("country") not in sender:
        return  # already placed where it was received ("سلمت الولايات المتحدة أسلحة للجيش اللبناني")
    side = _backed_side(text, cand, actors, sender)
    if side is None:
        return
    event.location = _country_location(side, gazetteer)
    spans.pop("location", None)
    if side not in event.countries:
        event.countries.append(side)
