"""An English election told by a verb in the past of a person elected ("He was re-elected in
October last year"): a domestic vote, held in the country the article is about when its
sentence names none."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.assemble.text import _Candidate


@lru_cache(maxsize=4)
def load_elected_verbs(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """The English verbs in the past of being elected (data/assembly.json `elected_verbs`)."""
    return frozenset(w.lower() for w in load_assembly_rules(path).get("elected_verbs", ()))


def _elected_at_home(cand: _Candidate) -> bool:
    """Whether the candidate is an election told by a verb in the past of a person elected."""
    return cand.event_type == "election" and cand.tense == "past" and cand.trigger_text.lower() in load_elected_verbs()
