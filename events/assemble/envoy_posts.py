"""A state's own envoy named with the place of his post ("استدعت تركيا سفيرها لدى تل أبيب",
"سحبت السعودية سفيرها في الدوحة", "Turkey recalled its ambassador to Tel Aviv"): the place
is where the envoy served, not where his recall was decided, which the recalling state does
at home. Such a place is no place of an event of `types` (data/assembly.json `envoy_posts`):
an envoy's noun with a possessive (`ar_suffixes` joined to one of `ar_nouns`, one of
`en_possessives` before one of `en_nouns`), then one of the prepositions, right before the
name. A foreign envoy named with the place he serves in ("طردت تركيا السفير الإسرائيلي في
أنقرة") is expelled from there, and that place stays."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import PlaceMention
from events.text.gates import gated_compile

_REACH = 40  # characters before the name searched for the envoy's noun and its preposition


@lru_cache(maxsize=4)
def load_envoy_posts(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], re.Pattern[str]]:
    """The event types, and a search for an own envoy's noun and a preposition ending where a
    name starts."""
    rules = load_assembly_rules(path).get("envoy_posts", {})
    arabic = (
        r"(?<![^\W\d_])[وف]?(?:" + alternation(rules.get("ar_nouns", ())) + r")(?:" + alternation(rules.get("ar_suffixes", ()))
        + r")\s+(?:" + alternation(rules.get("ar_prepositions", ())) + r")\s*"
    )
    english = (
        r"(?<![^\W\d_])(?:" + alternation(rules.get("en_possessives", ())) + r")\s+(?:"
        + alternation(rules.get("en_nouns", ())) + r")\s+(?:" + alternation(rules.get("en_prepositions", ())) + r")\s+(?:the\s+)?"
    )
    pattern = gated_compile(r"(?:" + arabic + r"|" + english + r")$", re.IGNORECASE)
    return frozenset(rules.get("types", ())), pattern


def without_envoy_posts(text: str, places: list[PlaceMention], event_type: str) -> list[PlaceMention]:
    """`places` without those named as the post of the acting state's own envoy."""
    types, pattern = load_envoy_posts()
    if not places or event_type not in types:
        return places
    return [p for p in places if pattern.search(text, max(0, p.start - _REACH), p.start) is None]
