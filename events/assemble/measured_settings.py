"""A time measured from another event after the event word ("began attacking ships in
November 2023, weeks after the start of the Gaza war", "two days after a missile landed near
Ben Gurion Airport"): the countries named there are that event's, no party or place of this one."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import ActorMention, PlaceMention

_CLAUSE_END = re.compile(r"[,;:.()]|\n")


@lru_cache(maxsize=4)
def load_measured_settings(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a unit of time and a word of order (data/assembly.json `measured_settings`:
    'weeks after', 'two days before'), perhaps after a count."""
    rules = load_assembly_rules(path).get("measured_settings", {})
    units = alternation(rules.get("units", ()))
    order = alternation(rules.get("order", ()))
    return re.compile(r"(?<!\w)(?:" + units + r")\s+(?:" + order + r")\s", re.IGNORECASE)


def without_measured_settings(
    text: str, actors: list[ActorMention], places: list[PlaceMention], trigger_end: int, end: int, side: bool = False
) -> tuple[list[ActorMention], list[PlaceMention]]:
    """`actors` and `places` without those of a time measured from another event after the event
    word, up to the end of its clause, when a side or a place with a country stays outside it
    (`side`: the event has one from elsewhere, "The group" named before)."""
    m = load_measured_settings().search(text, trigger_end, end)
    if m is None:
        return actors, places
    close = _CLAUSE_END.search(text, m.end(), end)
    stop = close.start() if close is not None else end

    def inside(n: ActorMention | PlaceMention) -> bool:
        return m.start() <= n.start < stop

    kept_actors = [a for a in actors if not inside(a)]
    kept_places = [p for p in places if not inside(p)]
    if not side and not any(n.country for n in (*kept_actors, *kept_places)):
        return actors, places
    return kept_actors, kept_places



def without_measured_names(
    text: str, actors: list[ActorMention], places: list[PlaceMention], trigger_end: int, end: int, domestic: bool
) -> tuple[list[ActorMention], list[PlaceMention]]:
    """`places` without those of a time measured from another event after the event word, up to
    the end of its clause ("was arrested in February 2018, days after giving interviews in
    London"): that earlier deed's place, never this event's, whatever else the sentence names;
    for a domestic event (`domestic`: an arrest, a protest), its `actors` there too, so that the
    event falls to the country the article is about."""
    m = load_measured_settings().search(text, trigger_end, end)
    if m is None:
        return actors, places
    close = _CLAUSE_END.search(text, m.end(), end)
    stop = close.start() if close is not None else end
    kept_places = [p for p in places if not m.start() <= p.start < stop]
    return ([a for a in actors if not m.start() <= a.start < stop] if domestic else actors), kept_places
