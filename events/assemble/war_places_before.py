"""A strike told right after the offensive it belongs to, naming no place of its own: "Turkey
launched an air and ground offensive against Kurdish militants in northern Iraq on Monday.
Turkish warplanes struck bunkers, tunnels and ammunition depots". The strike took place where
the fighting of the sentence just before did, not in the striking state's own land.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from events.assemble.brokered import load_sides_told_before
from events.model import Event


def place_of_the_fighting_just_before(
    before: tuple[int, int], events: Sequence[Event], countries: Sequence[str], striker: str
) -> dict[str, Any] | None:
    """The location of the last fighting (the `war_types` of `sides_told_before`) told in the
    sentence `before`, read from its own words (no catalogued one), when the `striker`'s state was
    a side of it and it lies in none of `countries`, the strike's own; None otherwise ("Israel
    launched an offensive in southern Lebanon. Iranian missiles struck two bases": not Iran's)."""
    if before[0] == before[1]:
        return None
    _, war_types = load_sides_told_before()
    for ev in reversed(events):
        if (
            ev.event_type in war_types
            and ev.date_basis != "reference"
            and tuple(ev.spans.get("quote") or ()) == tuple(before)
            and ev.location
            and striker in ev.countries
            and ev.location.get("country") not in countries
        ):
            return dict(ev.location)
    return None
