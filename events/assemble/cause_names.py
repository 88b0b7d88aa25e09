"""Names told in the cause of a deed, after a word of its grounds ("قطع المغرب العلاقات مع إيران
على خلفية دعمها لجبهة البوليساريو عبر حزب الله اللبناني", "cut ties with Iran over its support
for the Polisario"), or as the relation of a party named before them ("مع السعودية خصم طهران
اللدود", "with Saudi Arabia, Tehran's arch-rival"), are what the deed is about or who a party
is: neither its sides nor its place, when its sides are named before them (data/assembly.json
`cause_names`)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import ActorMention, PlaceMention

_CLAUSE_END = re.compile(r"[,،;؛.!?؟\n]")


@lru_cache(maxsize=4)
def load_cause_names(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A search for a word that opens a deed's grounds (`cause_names.openers`); a search, ending
    right before a name, for a noun of a party's relation to it (`cause_names.relations`: خصم
    طهران); and a match, right after a name, for the English possessive and such a noun (Iran's
    arch-rival)."""
    rules = load_assembly_rules(path).get("cause_names", {})
    openers = re.compile(r"(?<![^\W\d_])(?:" + alternation(rules.get("openers", ()), spaced=True) + r")(?![^\W\d_])", re.IGNORECASE)
    nouns = alternation(rules.get("relations", ()), spaced=True)
    relations = re.compile(r"(?<![^\W\d_])[وف]?(?:" + nouns + r")\s+$", re.IGNORECASE)
    possessed = re.compile(r"['’]s\s+(?:" + nouns + r")(?![^\W\d_])", re.IGNORECASE)
    return openers, relations, possessed


def _countries(names: list, start: int, end: int) -> set[str]:
    return {c for n in names if start <= n.start < end and (c := getattr(n, "country", None))}


def without_cause_names(
    text: str, actors: list[ActorMention], places: list[PlaceMention], cand: _Candidate
) -> tuple[list[ActorMention], list[PlaceMention]]:
    """`actors` and `places` less those of the grounds told after the event word, up to the
    clause's end, and those right after a noun of relation (or before it with an English
    possessive), when two countries or more are named before them in the sentence."""
    openers, relations, possessed = load_cause_names()
    s, e = cand.sentence
    names: list = [*actors, *places]
    drop: set[tuple[int, int]] = set()
    for n in names:
        related = relations.search(text, max(s, n.start - 30), n.start) or possessed.match(text, n.end)
        if n.start > cand.trigger[1] and related and len(_countries(names, s, n.start)) >= 2:
            drop.add((n.start, n.end))
    opener = openers.search(text, cand.trigger[1], e)
    if opener is not None and len(_countries(names, s, opener.start())) >= 2:
        stop = _CLAUSE_END.search(text, opener.end(), e)
        hi = stop.start() if stop else e
        drop |= {(n.start, n.end) for n in names if opener.start() <= n.start < hi}
    if not drop:
        return actors, places
    return [a for a in actors if (a.start, a.end) not in drop], [p for p in places if (p.start, p.end) not in drop]
