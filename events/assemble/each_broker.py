"""Truces or deals told once with two brokers, each with a time of its own ("Ceasefires brokered by
Moscow on October 10 and by Washington on October 26 collapsed within hours", «هدنتان بوساطة موسكو
في 10 أكتوبر وبوساطة واشنطن في 26 أكتوبر»): two deeds, the first brokered by the first on its
time, the second by the second on its own; neither broker's country is the place of either. Two
brokers of one time ("brokered by Moscow and Washington on October 10") are one deed."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _stable_id, on_its_own_time
from events.model import ActorMention, Event, PlaceMention, TimeMention


@lru_cache(maxsize=4)
def _rules(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The types split, and the searches for the words before the first broker (brokered by,
    بوساطة), between a broker and its time (on, في) and between the first time and the second
    broker (and by, وبوساطة) (data/assembly.json `each_broker`)."""
    rules = load_assembly_rules(path).get("each_broker", {})
    opening = re.compile(r"\s*(?:[\w-]+\s+){0,1}?(?:" + alternation(rules.get("openers", ()), spaced=True) + r")\s+(?:the\s+)?$", re.IGNORECASE)
    timing = re.compile(r"\s*(?:(?:" + alternation(rules.get("time_words", ()), spaced=True) + r")\s+)?", re.IGNORECASE)
    joining = re.compile(r"\s*,?\s*(?:" + alternation(rules.get("links", ()), spaced=True) + r")\s*(?:the\s+)?", re.IGNORECASE)
    return frozenset(rules.get("types", ())), opening, timing, joining


def _named_at(pos: set[int], names: Sequence[ActorMention | PlaceMention]) -> ActorMention | PlaceMention | None:
    return next((n for n in names if n.start in pos and n.country), None)


def each_broker(
    event: Event,
    text: str,
    trigger: tuple[int, int],
    actors: Sequence[ActorMention],
    places: Sequence[PlaceMention],
    dates: Sequence[TimeMention],
) -> Event | None:
    """The deed of the second broker of `event`'s word (see the module), `event` left to the first;
    None when its sentence tells no two brokers each with a time of its own."""
    types, opening, timing, joining = _rules()
    if event.event_type not in types:
        return None
    names: list[ActorMention | PlaceMention] = sorted([*actors, *places], key=lambda n: n.start)
    first = next((n for n in names if n.start >= trigger[1] and n.country and opening.fullmatch(text, trigger[1], n.start)), None)
    if first is None:
        return None
    at = timing.match(text, first.end)
    one = next((d for d in dates if at is not None and d.start == at.end()), None)
    if one is None:
        return None
    joined = joining.match(text, one.end)
    if joined is None or joined.end() == one.end:
        return None
    starts = {joined.end(), joined.end() - 1} if text[joined.end() - 1 : joined.end()] == "و" else {joined.end()}
    second = _named_at(starts, names)
    if second is None or second.country == first.country:
        return None
    at = timing.match(text, second.end)
    two = next((d for d in dates if at is not None and d.start == at.end()), None)
    if two is None or two.recurring or two.end_value or one.end_value or two.value == one.value:
        return None
    if event.published is not None and two.value > event.published[: len(two.value)]:
        return None
    brokers = {first.country, second.country}
    sides = [c for c in event.countries if c not in brokers]
    split = on_its_own_time(
        event, two, event_id=_stable_id(event.event_id, two.start), countries=list(dict.fromkeys([*sides, second.country]))
    )
    event.countries = list(dict.fromkeys([*sides, first.country]))
    event.date, event.date_precision, event.date_basis, event.end_date = one.value, one.precision, one.basis, None
    event.spans = {**event.spans, "date": [one.start, one.end]}
    for e in (event, split):
        if (e.location or {}).get("country") in brokers:
            e.location = None
            e.spans.pop("location", None)
    return split
