"""A place inside the name of a catalogued event ("the Beirut port blast") is that event's
place, not the place of another event its sentence tells."""

from __future__ import annotations

from events.model import PlaceMention, ReferenceMention


def _outside_other_names(
    places: list[PlaceMention], names: list[ReferenceMention], reference_id: str | None
) -> list[PlaceMention]:
    """The places outside the names of catalogued events other than the event's own ("the first
    election since the Beirut port blast": Beirut is the blast's place, not the election's)."""
    spans = [(r.start, r.end) for r in names if r.ref_id != reference_id]
    return [p for p in places if not any(s <= p.start and p.end <= e for s, e in spans)]
