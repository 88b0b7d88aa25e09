"""A visit the sentence sends to a country the catalogued visit of that month did not go to
("visited London in March 2018", beside the catalogued visit to the United States later that
month) is another visit."""

from __future__ import annotations

from events.assemble.places import load_travel_types
from events.model import Event
from events.reference import ReferenceEntry


def _visited_elsewhere(event: Event, entry: ReferenceEntry) -> bool:
    """Whether `event`, a trip, names none of the countries of `entry`'s place while it has a
    country of its own besides the traveller's: the catalogued trip went elsewhere."""
    if event.event_type not in load_travel_types() or not entry.location_country:
        return False
    return entry.location_country not in event.countries and len(event.countries) >= 2
