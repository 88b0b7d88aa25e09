"""A year that names a thing rather than dates a deed: "its 1972 law", "the 2015 nuclear agreement"."""

from __future__ import annotations

import re
from functools import lru_cache

from events.assemble.rules import alternation, load_assembly_rules
from events.model import TimeMention


@lru_cache(maxsize=1)
def _name_year_search() -> tuple[re.Pattern[str], int]:
    """A search for a determiner or possessive right before a year (`name_years.determiners` of
    data/assembly.json), and how many words after the year the noun it names may stand."""
    rule = load_assembly_rules().get("name_years", {})
    before = re.compile(r"(?:^|\s)(?:" + alternation(rule.get("determiners", ())) + r")\s+$", re.IGNORECASE)
    return before, int(rule.get("words", 3))


def _names_a_thing(text: str, d: TimeMention, trigger: tuple[int, int]) -> bool:
    """Whether an English year stands between a determiner and a noun that is not the event word
    ("the UAE abolished its 1972 law boycotting Israel", "negotiating on reviving the 2015 nuclear
    agreement"): it names that thing, not the day of the deed; a year before the event word itself
    ("the 2011 uprising") still dates it."""
    if not re.fullmatch(r"\d{4}", text[d.start : d.end]):
        return False
    before, words = _name_year_search()
    if not before.search(text, max(0, d.start - 12), d.start):
        return False
    after = re.match(r"\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){0," + str(words - 1) + "})", text[d.end :])
    if after is None:
        return False
    return not (d.end <= trigger[0] < d.end + after.end())
