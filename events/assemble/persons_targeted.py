"""Two measures told in two sentences against two persons each names: "فرضت وزارة الخزانة
الأمريكية الأسبوع الماضي عقوبات على قائد قوات الدعم السريع محمد حمدان دقلو ... كما فرضت عقوبات
على قائد الجيش عبد الفتاح البرهان يوم الخميس". Each names a person the other does not: two
deeds, though of one state, one country and compatible times (data/assembly.json
`persons_targeted`)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from events.actors import load_actors
from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.model import Event


@lru_cache(maxsize=4)
def load_person_measure_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """The types of measures a person may be the target of (data/assembly.json `persons_targeted`)."""
    return frozenset(load_assembly_rules(path).get("persons_targeted", {}).get("types", ()))


def _persons(ev: Event) -> frozenset[str]:
    """The persons among the event's actors but its doer (the official who imposed the measure)."""
    dictionary = load_actors()
    return frozenset(
        a for a in ev.actors if a != ev.actor1 and (entry := dictionary.get(a)) is not None and entry.kind == "person"
    )


def other_persons_targeted(a: Event, b: Event) -> bool:
    """Whether two events of a measure type, told in two sentences, each name a person the other
    does not, neither its doer: measures against two persons, not one told twice."""
    if a.event_type not in load_person_measure_types() or a.quote == b.quote:
        return False
    pa, pb = _persons(a), _persons(b)
    return bool(pa - pb) and bool(pb - pa)
