"""A catalogued event's name joined by 'and' or 'or' to a setting opened by 'since' or 'after'
("the first vote since the currency crash and the port explosion") is part of that setting,
not the sentence's own event. So is an English event noun joined the same way, its adjectives
before it ("approved the deal, despite court rulings against it and rare street protests"), or
the subject of a second clause under the same opening word ("before troops withdrew and
demonstrators reoccupied the site"): the setting's second part, not the sentence's deed."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules

# characters before a name within which the setting's opening word is looked for
_REACH = 100


@lru_cache(maxsize=4)
def load_coordinated_setting(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a setting's opening word (data/assembly.json `coordinated_settings`), up to
    eight words with no mark between them, then a joining word and an optional 'the', ending
    where the searched text ends."""
    rules = load_assembly_rules(path).get("coordinated_settings", {})
    heads = alternation(rules.get("heads", ()), spaced=True)
    links = alternation(rules.get("links", ()), spaced=True)
    return re.compile(
        r"(?<![\w'’])(?:" + heads + r")\s+(?:[^\s,;:()\"“”.]+\s+){1,8}(?:" + links + r")\s+(?:the\s+)?$",
        re.IGNORECASE,
    )


@lru_cache(maxsize=4)
def load_coordinated_noun(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """`load_coordinated_setting`, then up to two words of a noun's phrase (no mark, no
    verb's past form in -ed, which would open a clause of its own: "and faced protests")
    before the event noun."""
    return re.compile(load_coordinated_setting(path).pattern[:-1] + r"(?:(?![a-z]+ed\s)[a-z]+\s+){0,2}$", re.IGNORECASE)


def joined_noun_to_setting(text: str, sentence_start: int, start: int) -> bool:
    """Whether the English event noun starting at `start` is joined, its adjectives before
    it, to a setting opened earlier in its sentence."""
    if not text[start : start + 1].isascii():
        return False
    return load_coordinated_noun().search(text, max(sentence_start, start - _REACH), start) is not None


def joined_to_setting(text: str, sentence_start: int, start: int) -> bool:
    """Whether the English name starting at `start` is joined to a setting opened earlier in
    its sentence."""
    if not text[start : start + 1].isascii():
        return False
    return load_coordinated_setting().search(text, max(sentence_start, start - _REACH), start) is not None
