"""A deed told "between the two countries" right after its word ("Iraq had hosted five rounds of
talks between the two countries", «استضاف العراق جولات من المحادثات بين البلدين»), in a sentence
that names another country (its host, a mediator): its sides are the pair of the latest event of
two countries told before, beside the countries the sentence names itself. Without them, the
host alone would be the deed's only side."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate, _clause, _pair_told_before
from events.model import Event


@lru_cache(maxsize=4)
def load_between_pair(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match, from the end of an event word, of a few words of its noun phrase, then a word of
    between and a pair named only as such, or a pronoun of two (data/assembly.json `between_pairs`,
    `pair_anaphors`, `pair_pronouns`)."""
    rules = load_assembly_rules(path)
    spec = rules.get("between_pairs", {})
    between = alternation(spec.get("words", ()))
    pairs = alternation(rules.get("pair_anaphors", ()))
    pronouns = alternation(rules.get("pair_pronouns", ()))
    gap = int(spec.get("gap", 4))
    return re.compile(
        rf"[^\S\n]*(?:[^\W_]+[^\S\n]+){{0,{gap}}}?(?:(?:{between})[^\S\n]+(?:{pairs})|(?:{pronouns}))(?!\w)",
        re.IGNORECASE,
    )


@lru_cache(maxsize=4)
def load_between_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """The types of a deed the two sides do together (`between_pairs` `types`)."""
    return frozenset(load_assembly_rules(path).get("between_pairs", {}).get("types", ()))


def pair_between(text: str, cand: _Candidate, events: list[Event]) -> list[str] | None:
    """The two countries of the latest event of two told before the candidate's sentence, when
    its word, of a deed the two sides do together, is followed in its clause by "between the two
    countries" (None otherwise: "protested against the violence between the two countries")."""
    if cand.reference_id is not None or cand.event_type not in load_between_types():
        return None
    lo, hi = _clause(text, cand.sentence, cand.trigger)
    if load_between_pair().match(text, cand.trigger[1], hi) is None:
        return None
    s = cand.sentence[0]
    earlier = [ev for ev in events if ev.spans.get("quote", [s])[0] < s]
    return _pair_told_before(text[lo:hi], earlier, named=True)
