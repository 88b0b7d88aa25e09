"""A state that orders people of another state to leave its ground expels them at home: the
expulsion takes place in the country of the state that expels, not in that of the people sent
away, nor in the capital named as the other side of the quarrel ("طلبت البحرين من جنود
قطريين المغادرة على خلفية الأزمة مع الدوحة", "Kuwait expelled Iran's ambassador")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.party_places import names_an_envoy
from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.assemble.text import _country_location
from events.model import ActorMention, Event
from events.places import Gazetteer
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str

_IN_BEFORE = LazyPattern(r"(?:^|\s)(?:في|بمدينة|in)\s+$", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_expulsion_words(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """The first words of a sanction that sends people away (data/assembly.json `expulsion_words`)."""
    return frozenset(fold_str(w).lower() for w in load_assembly_rules(path).get("expulsion_words", ()))


def _expulsion(trigger_text: str) -> bool:
    """Whether the event word is one of `expulsion_words`, maybe after a clitic (وطلبت، فطردت)."""
    words = load_expulsion_words()
    parts = trigger_text.split()
    first = fold_str(parts[0]).lower() if parts else ""
    return first in words or (first[:1] in ("و", "ف") and first[1:] in words)


def _told_as_place(text: str, spans: dict) -> bool:
    """Whether the event's place is a name the text puts "in" ("السفير الإسرائيلي في أنقرة")."""
    at = spans.get("location")
    return at is not None and _IN_BEFORE.search(text, 0, at[0]) is not None


def expulsion_at_home(
    event: Event,
    text: str,
    trigger_text: str,
    initiator: Sequence[ActorMention],
    gazetteer: Gazetteer,
    spans: dict,
) -> None:
    """Place an expulsion told by the one state that expels in that state's country, unless the
    text puts the place "in" a city. Several states that expel together leave it where the
    other rules place it."""
    if event.event_type != "sanctions" or not _expulsion(trigger_text) or _told_as_place(text, spans):
        return
    # (the nationality of an envoy is the side sent away, never the one that expels: "the junta
    # expelled the French ambassador")
    homes = {a.country for a in initiator if a.country and not names_an_envoy(text, a)}
    if len(homes) != 1 or not homes <= set(event.countries):
        return  # "طردت السعودية والإمارات والبحرين الرعايا القطريين": several states
    home = homes.pop()
    if (event.location or {}).get("country") == home:
        return
    event.location = _country_location(home, gazetteer)
    spans.pop("location", None)
