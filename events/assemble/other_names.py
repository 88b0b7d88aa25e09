"""A place inside the name of a catalogued event ("the Beirut port blast"), or in the clause of
that event's own deed right after its name ("واتفاق الشاطئ الموقع في غزة عام 2014"), is that
event's place, not the place of another event its sentence tells."""

from __future__ import annotations

from events.assemble.own_deed_clauses import own_deed_clause
from events.model import PlaceMention, ReferenceMention


def _outside_other_names(
    places: list[PlaceMention], names: list[ReferenceMention], reference_id: str | None
) -> list[PlaceMention]:
    """The places outside the names of catalogued events other than the event's own ("the first
    election since the Beirut port blast": Beirut is the blast's place, not the election's)."""
    spans = [(r.start, r.end) for r in names if r.ref_id != reference_id]
    return [p for p in places if not any(s <= p.start and p.end <= e for s, e in spans)]


def in_another_names_clause(
    text: str, place: PlaceMention | None, names: list[ReferenceMention], reference_id: str | None, stop: int
) -> bool:
    """Whether `place` stands in the clause of the own deed of a catalogued event other than the
    event's own, right after that event's name, up to `stop` (the sentence's end): "اتفاق القاهرة
    الموقع عام 2011 واتفاق الشاطئ الموقع في غزة عام 2014": Gaza is where the Shati agreement was
    signed, and the Cairo agreement, known to the catalog, took place where the catalog says."""
    if place is None:
        return False
    for r in names:
        if r.ref_id == reference_id:
            continue
        clause = own_deed_clause(text, r.end, stop)
        if clause is not None and clause[0] <= place.start and place.end <= clause[1]:
            return True
    return False
