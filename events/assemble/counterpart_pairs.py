"""Talks of one official with his two counterparts ("تحدثت وزيرة الخارجية الكندية مع نظيريها في
ألمانيا والسويد", "بحث الرئيس مع نظيريه الفرنسي والألماني"; "spoke with her counterparts in
Germany and Sweden", "her German and Swedish counterparts") are talks with each, one meeting per
country, as after "each of": the Arabic dual of the counterpart noun counts them as two; in English,
the plural noun after a possessive does when exactly two countries name the counterparts.
A plural of many counterparts (نظرائه العرب, "his Arab counterparts", counterparts of three states
at a summit) stays one meeting (data/assembly.json `counterpart_pairs`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import ActorMention

_CLAUSE_END = re.compile(r"[،,.;:؛]")


@lru_cache(maxsize=4)
def load_counterpart_pairs(path: Path = ASSEMBLY_RULES) -> tuple[int, re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """How far after the event word the counterparts may be named (`counterpart_pairs.reach`), a
    search for an Arabic dual of the counterpart noun (`ar`, perhaps after مع or ب written on it)
    and one for an English possessive before the plural noun (`en_possessives`, then at most three
    words, then `en_nouns`), the possessive its first group, and a search for a word of a meeting
    of them all (`joint`)."""
    rules = load_assembly_rules(path).get("counterpart_pairs", {})
    duals = alternation(rules.get("ar", ()), spaced=True)
    possessives = alternation(rules.get("en_possessives", ()), spaced=True)
    nouns = alternation(rules.get("en_nouns", ()), spaced=True)
    return (
        int(rules.get("reach", 0)),
        re.compile(r"(?<![^\W\d_])[وب]?(?:" + duals + r")(?![^\W\d_])"),
        re.compile(r"(?<![\w-])(" + possessives + r")\s+(?:[\w'-]+\s+){0,3}?(?:" + nouns + r")(?![\w-])", re.IGNORECASE),
        re.compile(r"(?<![^\W\d_])[وفبل]?(?:" + alternation(rules.get("joint", ()), spaced=True) + r")(?![^\W\d_])", re.IGNORECASE),
    )


def counterpart_pair(
    text: str, sentence: tuple[int, int], trigger: tuple[int, int], actors: Sequence[ActorMention]
) -> re.Match[str] | None:
    """The mark of two counterparts in the event word's clause, at most `reach` characters after
    it: its end is where the counterparts' names begin (the Arabic dual; the English possessive,
    whose noun the adjectives of the two countries may precede); none when the English
    counterparts are not named by exactly two countries."""
    reach, dual, plural, joint = load_counterpart_pairs()
    end = sentence[1]
    if joint.search(text, sentence[0], end):
        return None  # "نظيريه الروسي والإيراني في قمة ثلاثية": one meeting of them all
    stop = _CLAUSE_END.search(text, trigger[1], end)
    limit = min(stop.start() if stop else end, trigger[1] + reach)
    m = dual.search(text, trigger[1], limit)
    if m is not None:
        return m
    m = plural.search(text, trigger[1], limit)
    if m is None:
        return None
    clause_end = stop.start() if stop else end
    named = {c for a in actors if m.end(1) <= a.start < clause_end for c in (a.members or (a.country,)) if c}
    if len(named) != 2:
        return None
    return re.compile(re.escape(m.group(1))).match(text, m.start(1))


def pair_side(actors: Sequence[ActorMention], mark: re.Match[str]) -> list[ActorMention] | None:
    """The names of a country before the mark of two counterparts: the side of the official who
    talked with them (none: the sentence's own initiator stands)."""
    side = [a for a in actors if a.end <= mark.start() and (a.country or a.members)]
    return side or None
