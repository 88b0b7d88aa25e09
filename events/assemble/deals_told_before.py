"""A ratification whose object is an agreement named only by a definite noun ("بعد عشرة أيام
من موافقة مجلس النواب على الاتفاقية", "after parliament approved the agreement on June 14"),
in a sentence that names none of its parties: the agreement is the one the article told
before, and its parties are the ratification's (data/assembly.json `deals_told_before`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import ActorMention, Event


@lru_cache(maxsize=4)
def load_deal_told_before(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], frozenset[str], re.Pattern[str]]:
    """(the types concerned, the types of the event told before, a search, anchored at its
    start, for at most `words` words and a definite noun of an agreement (`nouns`) that no
    word follows but punctuation, a preposition of time or place, or the sentence's end)."""
    rules = load_assembly_rules(path).get("deals_told_before", {})
    nouns = alternation(rules.get("nouns", ()), spaced=True)
    after = alternation(rules.get("after", ()), spaced=True)
    words = int(rules.get("words", 0))
    return (
        frozenset(rules.get("types", ())),
        frozenset(rules.get("antecedent_types", ())),
        re.compile(
            r"(?:\s+[^\s,،.;:؛]+){0," + str(words) + r"}?\s+(?:" + nouns + r")(?=\s*(?:[,،.;:؛]|$)|\s+(?:" + after + r")(?!\w))",
            re.IGNORECASE,
        ),
    )


def deal_told_before(text: str, cand: _Candidate, parties: Sequence[ActorMention], events: Sequence[Event]) -> list[str] | None:
    """The parties of the agreement told before, when `cand` ratifies an agreement named by a
    bare definite noun and none of its parties is of a country."""
    types, antecedents, noun = load_deal_told_before()
    if cand.event_type not in types or cand.reference_id is not None or any(a.country or a.members for a in parties):
        return None
    if noun.match(text, cand.trigger[1], cand.sentence[1]) is None:
        return None
    told = next((ev for ev in reversed(events) if ev.event_type in antecedents and len(ev.countries) >= 2), None)
    return list(told.countries) if told is not None else None
