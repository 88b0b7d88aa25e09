"""An attack is where the struck side is, not at home of the side that struck."""

from __future__ import annotations

import re
from collections.abc import Sequence

from events.assemble.text import _country_location, _locative
from events.model import ActorMention, Event, PlaceMention
from events.places import Gazetteer

# "a US drone", "an Iranian tanker": a country's name that qualifies a thing, not the side at home
_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:a|an)\s+$", re.IGNORECASE)
# "fought a war with Ethiopia", "اشتباكات مع القوات المصرية": a side that fought back, not the struck
_WITH_BEFORE = re.compile(r"(?:^|\s)(?:with|and|مع|و)\s*$", re.IGNORECASE)


def off_the_strikers_ground(
    event: Event,
    text: str,
    trigger: tuple[int, int],
    place: PlaceMention | None,
    places: Sequence[PlaceMention],
    initiator: Sequence[ActorMention],
    others: Sequence[ActorMention],
    gazetteer: Gazetteer,
    spans: dict,
) -> None:
    """An attack placed, at a country's grain, in the country of the side that struck took place
    where the side it struck is, named after the event word ("الهجوم الصاروخي الذي نفذته إيران
    على مقر حزب كردي معارض", "the strikes Russia launched on the Syrian regime"): the striker's
    name, or its country when the sentence names no place, tells who struck, not where. The
    struck side is a party of another country named after the event word: a group, a person or a
    body, or a state by its name or its capital, not a country's word that qualifies a thing ("a
    US drone", "طائرة أمريكية": shot down wherever it flew), nor one fought with ("fought a war
    with Ethiopia"). A country or a city stated as the
    place ("in Iran", "near Tehran") stays."""
    location = event.location or {}
    if location.get("precision") != "country":
        return
    home = next((a.country for a in initiator if a.country), None)
    if home is None or location.get("country") != home:
        return
    if place is not None and place.country == home and (place.precision != "country" or _locative(text, place)):
        return
    named = {(p.start, p.end) for p in places}
    struck = next(
        (
            a.country
            for a in others
            if a.country
            and a.country != home
            and a.start >= trigger[1]
            and not _WITH_BEFORE.search(text[max(0, a.start - 6) : a.start])
            and (a.kind != "country" or ((a.start, a.end) in named and not _ARTICLE_BEFORE.search(text[max(0, a.start - 4) : a.start])))
        ),
        None,
    )
    if struck is None:
        return
    event.location = _country_location(struck, gazetteer)
    spans.pop("location", None)
