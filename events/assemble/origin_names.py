"""A name joined to a word of origin tells where a person or a thing comes from, no party, no
place of the deed and no country the article is about: "a U.S.-educated mining millionaire took
office", "a British-born cleric was arrested in Amman", "طائرة مسيرة إيرانية الصنع"
(data/assembly.json `origin_compounds`: the English endings after a hyphen, the Arabic words
right after the name)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import Mentions


@lru_cache(maxsize=4)
def load_origin_compounds(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match, from right after a name, of a word of origin joined to it: a hyphen and an English
    ending (`en_endings`), or an Arabic word after a space (`ar_words`)."""
    rules = load_assembly_rules(path).get("origin_compounds", {})
    return re.compile(
        r"(?:-\s?(?:" + alternation(rules.get("en_endings", ())) + r")|\s+(?:" + alternation(rules.get("ar_words", ())) + r"))(?![\w-])",
        re.IGNORECASE,
    )


def without_origin_names(text: str, mentions: Mentions) -> Mentions:
    """The article's names without those joined to a word of origin."""
    compound = load_origin_compounds()

    def origin(end: int) -> bool:
        return text[end : end + 1] in ("-", " ") and compound.match(text, end) is not None

    actors = [a for a in mentions.actors if not origin(a.end)]
    places = [p for p in mentions.places if not origin(p.end)]
    if len(actors) == len(mentions.actors) and len(places) == len(mentions.places):
        return mentions
    return replace(mentions, actors=actors, places=places)
