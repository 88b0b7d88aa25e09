"""A body named as the venue of talks, a deal or ties restored ("signed a peace accord at the
White House", "held talks at the Kremlin", "وقع الجانبان الاتفاق في البيت الأبيض"): the body
of one country named right after a preposition of place (`body_venues` of
data/assembly.json) says where the event was held, in that body's country, before the
countries of the sides.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.places import load_venue_types
from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import ActorMention

_REACH = 12  # characters before the body's name searched for the preposition


@lru_cache(maxsize=4)
def load_body_venues(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A preposition of place (`body_venues.prepositions`), then perhaps "the", ending where
    the body's name starts."""
    words = load_assembly_rules(path).get("body_venues", {}).get("prepositions", ())
    return re.compile(r"(?<![^\W\d_])(?:" + alternation(words) + r")\s+(?:the\s+)?$", re.IGNORECASE)


def body_venue(text: str, event_type: str, actors: Sequence[ActorMention]) -> ActorMention | None:
    """The first body of one country among the sentence's `actors` that is named right after a
    preposition of place, for an event held somewhere (`venue_types`)."""
    if event_type not in load_venue_types():
        return None
    found = load_body_venues()
    for a in actors:
        if a.kind == "organisation" and a.country and found.search(text, max(0, a.start - _REACH), a.start):
            return a
    return None
