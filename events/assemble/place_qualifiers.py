"""A state's name or adjective that qualifies the place named with it is no party hosting there.

"in the Saudi city of Jeddah", "in the Qatari capital Doha", "في العاصمة القطرية الدوحة", "في
مدينة جدة السعودية": the adjective or the name tells which country the city is in, as the
city's own country does; it names no host of the talks held there. Talks of two foreign
sides in such a city stay talks, not a visit of one of them to a host (the nouns of a city
are `place_qualifiers` of data/assembly.json).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import ActorMention, PlaceMention
from events.text.normalize import fold_str

_APPOSED = re.compile(r"[\s,،]*")  # nothing but spaces and commas between the city and its apposition


@lru_cache(maxsize=4)
def load_place_qualifiers(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A match of the English city noun between an adjective and its city ("city of", "capital"),
    and a search for an Arabic city noun ending right before the adjective (العاصمة، مدينة)."""
    rules = load_assembly_rules(path).get("place_qualifiers", {})
    english = re.compile(
        r"\s+(?:" + alternation(rules.get("en", ()), spaced=True) + r")(?:\s+of)?\s*,?\s*$", re.IGNORECASE
    )
    arabic = re.compile(r"(?<!\S)[وفب]?(?:" + alternation(fold_str(w) for w in rules.get("ar", ())) + r")\s+$")
    return english, arabic


def qualifies_the_place(text: str, actor: ActorMention, place: PlaceMention | None) -> bool:
    """Whether the actor's name stands with the place as the country it lies in: an adjective
    before a city noun and the city ("the Saudi city of Jeddah", "العاصمة القطرية الدوحة"), or
    a name or an Arabic adjective right after the city ("مدينة جدة السعودية", "in the Qatari
    capital, Doha"), of the place's own country."""
    if place is None or not actor.country or actor.country != place.country:
        return False
    english, arabic = load_place_qualifiers()
    if actor.end <= place.start and place.start - actor.end <= 30:
        between = text[actor.end : place.start]
        if english.fullmatch(between) or (not between.strip() and arabic.search(fold_str(text[max(0, actor.start - 20) : actor.start]))):
            return True
    return place.end <= actor.start and _APPOSED.fullmatch(text, place.end, actor.start) is not None
