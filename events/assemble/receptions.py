"""A visitor's reception told with no date of its own: "King Mohammed VI received the
delegation at the royal palace", after "Israel's delegation arrived in Rabat on Tuesday", is
the visit's own meeting with its host, not a meeting on the day of the publication."""

from __future__ import annotations

from events.assemble.rules import load_location_roles
from events.model import Event


def reception_of_the_visit(visit: Event, meeting: Event) -> bool:
    """Whether the meeting, told by a word of receiving or hosting (`host_cameo`) with no date
    of its own, is the visit's reception: between no countries but the visit's."""
    if meeting.date_basis != "publication" or meeting.cameo not in load_location_roles()[1]:
        return False
    return bool(meeting.countries) and set(meeting.countries) <= set(visit.countries)
