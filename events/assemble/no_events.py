"""Happenings the catalog knows that are no event of the taxonomy.

GUIDELINES.md leaves accidents and weather out, and SCHEMA.md's types leave out
deeds of none of them. The reference catalog still lists such happenings that
the press recalls by name (the Beirut port explosion, an earthquake, a plane
crash), each with a `no_event` reason: their names would otherwise be read by
their words ("explosion", "killed") as an attack dated by the publication. An
event the catalog dates as one of them is no event.
"""

from __future__ import annotations

from events.model import Event
from events.reference import ReferenceCatalog


def without_no_events(events: list[Event], catalog: ReferenceCatalog) -> list[Event]:
    """`events` but those the catalog names as a happening of no type of the taxonomy."""
    out = []
    for event in events:
        entry = catalog.get(event.reference_id) if event.reference_id else None
        if entry is None or entry.no_event is None:
            out.append(event)
    return out
