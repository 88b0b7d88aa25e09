"""The places of a clause joined after the event's own ("A truce in April last year has largely
held, and negotiators held talks in Riyadh in September", "تصافحا في الدوحة، ثم التقيا في
نيودلهي"): a place named after another event word of that clause is that event's, not the
first one's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from events.model import PlaceMention, TriggerMention

# a clause break and a conjunction that opens a coordinate clause (", and", "; ", "، و...", "ثم")
_COORDINATE = re.compile(
    r"[,;]\s+(?:and|while|but|then)\s|;\s|[،,;؛]\s*(?:[وف](?=[^\W\d_])|ثم\s|بينما\s|كما\s)|\s(?:ثم|then)\s",
    re.IGNORECASE,
)


def _outside_later_coordinate(
    text: str, places: list[PlaceMention], trigger: tuple[int, int], end: int, later: Sequence[TriggerMention]
) -> list[PlaceMention]:
    """`places` without those named after the event word of a coordinate clause that follows
    the event's word: the first clause opened by a conjunction after a clause break (or by
    ثم, then) and holding an event word of its own (`later`, those after the event's word, up to
    the sentence's `end`); names after that word are its event's."""
    if not places or not later:
        return places
    for m in _COORDINATE.finditer(text, trigger[1], end):
        other = next((t for t in later if t.start >= m.end() and t.start >= trigger[1]), None)
        if other is None:
            return places
        return [p for p in places if p.start < other.start]
    return places
