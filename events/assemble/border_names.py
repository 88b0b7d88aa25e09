"""A country named as the owner of a border a place lies near ("a town in Idlib near the Turkish
border", "the Shaybah facility near the UAE border", «بلدة في ريف إدلب قرب الحدود التركية»،
«محاذية للحدود التركية») is a neighbour that tells where the place is, neither a party nor the
place, as one named after "near the border with" is (`border_neighbour_markers`, parties.py).
The name, a country's, stands right after a word of nearness and the noun of the border (English:
before the noun of the border, not of a crossing or a post on it); it is dropped only when the sentence names another place or country for
the event. The words live in data/assembly.json (`border_names`)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.model import ActorMention, PlaceMention

_REACH = 40  # characters read before and after a name


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)) or "(?!)"


@lru_cache(maxsize=4)
def load_border_names(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(text before an English name, text after it, text before an Arabic name)."""
    rules = load_assembly_rules(path).get("border_names", {})
    en_before = re.compile(r"(?<![^\W\d_])(?:" + _alternation(rules.get("en_near", [])) + r")\s+the\s+$", re.IGNORECASE)
    en_after = re.compile(
        r"\s+(?:" + _alternation(rules.get("en_borders", [])) + r")(?![^\W\d_])"
        r"(?!\s+(?:" + _alternation(rules.get("en_not_after", [])) + r")(?![^\W\d_]))",
        re.IGNORECASE,
    )
    ar_before = re.compile(
        r"(?<![^\W\d_])[وف]?(?:" + _alternation(rules.get("ar_near", [])) + r")\s+(?:" + _alternation(rules.get("ar_borders", [])) + r")\s+$"
    )
    return en_before, en_after, ar_before


def _a_border_owner(text: str, m: ActorMention | PlaceMention) -> bool:
    en_before, en_after, ar_before = load_border_names()
    before = text[max(0, m.start - _REACH) : m.start]
    if ar_before.search(before):
        return True
    return en_before.search(before) is not None and en_after.match(text, m.end, m.end + _REACH) is not None


def _a_country(m: ActorMention | PlaceMention) -> bool:
    """Whether the name is a country's (its name or adjective), not a town's ("the Habur border crossing")."""
    if isinstance(m, PlaceMention):
        return m.precision == "country"
    return m.kind == "country" and m.country is not None


def without_border_owners(
    text: str, actors: list[ActorMention], places: list[PlaceMention]
) -> tuple[list[ActorMention], list[PlaceMention]]:
    """The sentence's names without the countries named as the owner of a border a place lies near,
    when another place or a country stays."""
    owners = [m for m in (*actors, *places) if _a_country(m) and _a_border_owner(text, m)]
    if not owners:
        return actors, places
    dropped = {(m.start, m.end) for m in owners}
    kept_actors = [a for a in actors if (a.start, a.end) not in dropped]
    kept_places = [p for p in places if (p.start, p.end) not in dropped]
    if not kept_places and not any(a.country or a.members for a in kept_actors):
        return actors, places
    return kept_actors, kept_places
