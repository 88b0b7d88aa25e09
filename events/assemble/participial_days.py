"""An English event told with no date of its own and told again further on by a sentence that
opens with a noun of its kind and a participle of its doing dated to a day ("Sudan's army and
the RSF have signed a ceasefire agreement, the mediators said. ... The deal, signed late on
Saturday in Jeddah, is due to take effect on Monday.", "... The memorandum of understanding was
signed in Tunis on Sunday by ..."): the day is the event's, not the publication's. Only when one
event of the noun's kinds waits for a day; when none is told before, the one the retelling's noun
tells, or else the one told after by the same noun with no date of its own ("... Turkey says the
accord is void.")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _location
from events.model import Event, PlaceMention, TimeMention


@lru_cache(maxsize=4)
def load_participial_days(path: Path = ASSEMBLY_RULES) -> tuple[dict[str, frozenset[str]], re.Pattern[str]]:
    """assembly.json `participial_days`: by noun, the event types it names; and a search, ending
    right before a day, for a sentence's opening "The", a noun, a comma and a participle."""
    rules = load_assembly_rules(path).get("participial_days", {})
    types: dict[str, set[str]] = {}
    for kind, nouns in rules.get("nouns", {}).items():
        for noun in nouns:
            types.setdefault(noun.lower(), set()).add(kind)
    opening = re.compile(
        r"(?:^|[.!?\n]\s*)The\s+(?:[A-Za-z-]+\s+)?(?P<noun>" + alternation(types) + r")"
        # set off by a comma ("The deal, signed"), or the passive's verb ("The memorandum of
        # understanding was signed in Tunis on Sunday")
        r"(?:\s*,\s*|(?:\s+of\s+[a-z]+)?\s+(?:was|were|had\s+been)\s+)(?:"
        + alternation(rules.get("participles", ()), spaced=True)
        + r")\s+(?:in\s+(?P<place>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)\s+)?(?:(?:late|early)\s+)?(?:on\s+)?$"
    )
    return {noun: frozenset(kinds) for noun, kinds in types.items()}, opening


def dated_by_a_participial_retelling(
    events: Sequence[Event], text: str, dates: Sequence[TimeMention], places: Sequence[PlaceMention] = ()
) -> None:
    """Give the day of a participial retelling (`load_participial_days`) to the one English
    event of the noun's kinds told before it with the publication's date, and the city the
    retelling names before the day ("was signed in Tunis on Sunday") as its place."""
    types, opening = load_participial_days()
    for d in dates:
        if d.precision != "day" or d.recurring or d.basis not in ("explicit", "relative"):
            continue
        m = opening.search(text, max(0, d.start - 90), d.start)
        if m is None:
            continue
        noun = m.group("noun").lower()
        kinds = types[noun]
        undated = [
            ev
            for ev in events
            if ev.event_type in kinds
            and ev.language == "en"
            and ev.date_basis == "publication"
            and (ev.published is None or (d.value or "") <= ev.published[:10])
        ]
        waiting = [ev for ev in undated if ev.spans["quote"][1] <= m.start("noun")]
        if not waiting:
            # none told before: the deed its noun tells ("The accord, signed in Cairo on Aug. 6,
            # ...") or, when that noun told none, the same noun named again further on with no date
            # of its own ("... Turkey says the accord is void.")
            waiting = [ev for ev in undated if list(ev.spans.get("trigger", ())) == [m.start("noun"), m.end("noun")]]
        if not waiting:
            waiting = [ev for ev in undated if ev.spans["quote"][0] >= d.end and ev.trigger.lower() == noun]
        if len(waiting) != 1:
            continue
        ev = waiting[0]
        ev.date, ev.date_precision, ev.date_basis = d.value, "day", d.basis  # type: ignore[assignment]
        ev.spans["date"] = [d.start, d.end]
        if m.group("place") is not None and (
            place := next((p for p in places if m.start("place") <= p.start and p.end <= m.end("place")), None)
        ) is not None:
            ev.location = _location(place)
            ev.spans["location"] = [place.start, place.end]
            if place.country and place.country not in ev.countries:
                ev.countries = [*ev.countries, place.country]
