"""A doer of no state: an armed group the dictionary gives no country (the Islamic State,
al-Qaeda). Two tellings of an attack are told apart by their doers' countries; such a group has
none, so an attack it made and a strike on it, on one day in one country, would pass for one.
They are two when the sides are reversed: the group is one telling's doer and the other's
target, and the other's doer is the one the group attacked ("لقي 18 من قوات النظام مصرعهم إثر
تعرضهم لهجوم من تنظيم داعش ... وأسفرت غارات النظام عن مقتل 13 من عناصر تنظيم داعش", "Islamic
State fighters attacked an army post ... Army jets struck Islamic State positions"). The roles
of such groups live in data/assembly.json (`stateless_doers.roles`)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from events.actors import load_actors
from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.model import Event


@lru_cache(maxsize=4)
def load_stateless_doers(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """The ids of the dictionary's actors of a role of `stateless_doers.roles` that belong to no
    country and stand for no group of states."""
    roles = frozenset(load_assembly_rules(path).get("stateless_doers", {}).get("roles", ()))
    return frozenset(e.id for e in load_actors().entries() if e.role in roles and not (e.country or e.members))


def _country(actor_id: str | None) -> str | None:
    """The country an actor id stands for: a country's own code, else its entry's country."""
    if actor_id is None:
        return None
    entry = load_actors().get(actor_id)
    return entry.country if entry is not None else None


def _side(actor_id: str) -> str:
    """The country an actor id stands for, or the id itself for one of no country."""
    return _country(actor_id) or actor_id


def struck_back(a: Event, b: Event) -> bool:
    """Whether two attacks are an attack by a doer of no state and a strike on that doer by
    the side it attacked: one telling's initiator is such a doer, the other's target is that same
    doer, and the other's initiator is the first telling's target or of its country. So are an
    attack and fire aimed at its own doer's land, with no doer named or by its target's side
    ("Israeli aircraft struck Hamas positions in Gaza after rockets were fired at southern
    Israel", "قصفت طائرات إسرائيلية مواقع لحماس في غزة بعد أن أطلقت صواريخ على جنوب إسرائيل"):
    a side is not the target of its own attack on its own land. A well-known operation recalled
    from the catalog is no such strike of the day: its sides are read from a sentence that recalls
    it ("ثاني عملية عسكرية تركية في سوريا بعد عملية درع الفرات"), not from fire told beside it."""
    if a.event_type != "attack" or b.event_type != "attack":
        return False
    ids = load_stateless_doers()
    for x, y in ((a, b), (b, a)):
        if x.actor1 is None or x.actor2 is None or y.actor2 is None or _side(x.actor1) == _side(x.actor2):
            continue
        if (
            x.reference_id is None
            and _side(y.actor2) == _side(x.actor1) == (y.location or {}).get("country")
            and (y.actor1 is None or _side(y.actor1) == _side(x.actor2))
        ):
            return True
        if x.actor1 not in ids or y.actor2 != x.actor1 or y.actor1 is None:
            continue
        if y.actor1 == x.actor2 or _side(y.actor1) == _side(x.actor2):
            return True
    return False
