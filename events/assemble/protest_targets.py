"""A place named as what a protest or its chants are against ("هتافات معادية لواشنطن",
"شعارات مناهضة لإسرائيل", "rallied against Washington"): the side protested against, a
capital standing for its government, not where the crowd gathered. Such a place is no place
of an event of `types` (data/assembly.json `protest_targets`): one of the words of hostility
(`ar`, `en`) stands right before the name, whose own ل or ب the name carries."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import PlaceMention

_REACH = 24  # characters before the name searched for the word of hostility


@lru_cache(maxsize=4)
def load_protest_targets(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], re.Pattern[str]]:
    """The event types, and a search for a word of hostility ending where a name starts."""
    rules = load_assembly_rules(path).get("protest_targets", {})
    words = alternation([*rules.get("ar", ()), *rules.get("en", ())], spaced=True)
    pattern = re.compile(r"(?<![^\W\d_])(?:" + words + r")\s+(?:the\s+)?$", re.IGNORECASE)
    return frozenset(rules.get("types", ())), pattern


def without_protest_targets(text: str, places: list[PlaceMention], event_type: str) -> list[PlaceMention]:
    """`places` without those named as what a protest is against."""
    types, pattern = load_protest_targets()
    if not places or event_type not in types:
        return places
    return [p for p in places if pattern.search(text, max(0, p.start - _REACH), p.start) is None]
