"""An arrest or a sentence is where the state that holds the person is."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.assemble.text import _country_location, _locative
from events.model import ActorMention, Event, PlaceMention
from events.places import Gazetteer
from events.text.normalize import fold_str


def held_at_the_holders(
    event: Event,
    text: str,
    trigger: tuple[int, int],
    place: PlaceMention | None,
    initiator: Sequence[ActorMention],
    others: Sequence[ActorMention],
    gazetteer: Gazetteer,
    spans: dict,
) -> None:
    """An arrest placed, at a country's grain, in the country of the person held, when the side
    that holds him is of another country ("أفرجت طهران عن عامل الإغاثة البلجيكي الذي اعتقلته",
    "a British-Egyptian activist sentenced by an Egyptian court"): the person's nationality tells
    who was held, not where; a state holds people on its own ground, so the holder's country is
    the place. The holder is named as the event word's subject: before it, or right after it ("اعتقلته
    السلطات الإيرانية"); a name further on ("توقيف شخص بمحيط السفارة الأمريكية") is most often
    the scene's. Forces or troops ("اعتقلت القوات الإسرائيلية ناشطا فلسطينيا") may hold a person
    where they are deployed: no holder at home. A country or a city stated as the place ("arrested in Belgium") stays."""
    if event.event_type != "arrest":
        return
    location = event.location or {}
    where = location.get("country")
    if location.get("precision") != "country" or where is None:
        return
    home = next(
        (a.country for a in initiator if a.country and _subject_place(text, trigger, a) and not _in_the_field(a)), None
    )
    if home is None or home == where or not any(a.country == where for a in others):
        return
    if place is not None and place.country == where and (place.precision != "country" or _locative(text, place)):
        return
    event.location = _country_location(home, gazetteer)
    spans.pop("location", None)


def _subject_place(text: str, trigger: tuple[int, int], actor: ActorMention) -> bool:
    """Whether the actor stands where the subject of the event word does: before it, or after
    it with at most one word between (the Arabic verb first: "اعتقلته السلطات الإيرانية")."""
    if actor.end <= trigger[0]:
        return True
    return actor.start >= trigger[1] and len(text[trigger[1] : actor.start].split()) <= 1


@lru_cache(maxsize=4)
def load_field_forces(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Words of armed forces (data/assembly.json `field_forces`), folded: they act where they
    are deployed, not only at home."""
    words = load_assembly_rules(path).get("field_forces", {}).get("words", ())
    return frozenset(fold_str(w).lower() for w in words)


def _in_the_field(actor: ActorMention) -> bool:
    field = load_field_forces()
    return any(fold_str(w).lower() in field for w in actor.text.split())
