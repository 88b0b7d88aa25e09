"""A change of office takes place in the state whose office it is: "Maduro was sworn in ... after
an election which the United States ... rejected" is Venezuela's, "Ties between Egypt and Israel
have cooled since Hosni Mubarak was forced to step down" is Egypt's, "Saleh was in Saudi Arabia on
Sunday, and Vice President Hadi took over as acting leader" is Yemen's. When such an event is
placed by a country's name alone in another country than the one of the people the event names
(all of them of one country), that name is a side or a setting of another clause: the event is
placed in the holders' country instead. A city or a region named stays where it was done
("Hadi handed his powers to a council in Riyadh"); so does a country named after "in" in the
event word's own clause ("was sworn in in exile in Saudi Arabia"); and so does the place of
a post of an envoy, a representative or a mediator ("Tony Blair was named Quartet envoy to
Israel and the Palestinians"), which is no office of the holder's state."""

from __future__ import annotations

import re
from collections.abc import Sequence

from events.assemble.text import _country_location, _placed_in
from events.model import ActorMention, Event, PlaceMention
from events.places import Gazetteer

OFFICE_TYPES = frozenset({"appointment"})
# the posts of envoys and representatives, most often of a body of states or for a conflict, not
# of the holder's own state ("named Quartet envoy", "مبعوثا أمميا")
_POST_OF_NO_STATE = re.compile(
    r"(?<![^\W\d_])(?:envoy|envoys|special\s+representative|representative|mediator|coordinator|مبعوث\w*|الممثل\s+الخاص|ممثلا\s+خاصا|وسيط\w*|منسق\w*)(?![^\W\d_])",
    re.IGNORECASE,
)


def _holders_country(event: Event, actors: Sequence[ActorMention]) -> str | None:
    """The one country of the persons the event names, or None when they name none or several."""
    countries = {a.country for a in actors if a.kind == "person" and a.country and a.actor_id in event.actors}
    return next(iter(countries)) if len(countries) == 1 else None


def office_in_its_holders_land(
    event: Event,
    text: str,
    place: PlaceMention | None,
    clause: tuple[int, int],
    actors: Sequence[ActorMention],
    gazetteer: Gazetteer,
    spans: dict,
) -> None:
    """Place a change of office placed in another state's name alone in the country of its holders."""
    if event.event_type not in OFFICE_TYPES or event.reference_id is not None:
        return
    location = event.location or {}
    placed = location.get("country")
    if placed is None or location.get("precision") != "country":
        return
    home = _holders_country(event, actors)
    if home is None or home == placed:
        return
    s, e = clause
    if _POST_OF_NO_STATE.search(text, s, e):
        return  # "Tony Blair was named Quartet envoy to Israel": a post of no state of his own
    if place is not None and place.country == placed and clause[0] <= place.start and place.end <= clause[1] and _placed_in(text, place):
        return  # "sworn in in Saudi Arabia": where the text says it was done
    event.location = _country_location(home, gazetteer)
    spans.pop("location", None)
    if home not in event.countries:
        event.countries.append(home)
