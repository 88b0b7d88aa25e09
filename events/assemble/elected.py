"""An English election told by a verb in the past of a person elected ("He was re-elected in
October last year"), or an election word told after its results or its winner ("Provisional
results gave Deby 79.3% of the vote"): a domestic vote, held in the country the article is about
when its sentence names none."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate


@lru_cache(maxsize=4)
def load_elected_verbs(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """The English verbs in the past of being elected (data/assembly.json `elected_verbs`)."""
    return frozenset(w.lower() for w in load_assembly_rules(path).get("elected_verbs", ()))


def _elected_at_home(cand: _Candidate) -> bool:
    """Whether the candidate is an election told by a verb in the past of a person elected."""
    return cand.event_type == "election" and cand.tense == "past" and cand.trigger_text.lower() in load_elected_verbs()


@lru_cache(maxsize=4)
def _results_words(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a word of a vote's results or its winning (data/assembly.json
    `announced_results.objects`: results, won, نتائج، فوز)."""
    words = load_assembly_rules(path)["announced_results"]["objects"]
    return re.compile(r"(?<!\w)[وفب]?(?:" + alternation(words) + r")(?!\w)", re.IGNORECASE)


def told_with_its_results(text: str, cand: _Candidate) -> bool:
    """Whether an election word is told with the vote's results or its winner before it in its
    sentence ("Provisional results announced on Monday gave Deby 79.3% of the vote", "won 60% of
    the vote"): a vote held, the domestic vote of the country the article is about when the
    sentence names none, as a person elected tells it."""
    if cand.event_type != "election":
        return False
    return _results_words().search(text, max(cand.sentence[0], cand.trigger[0] - 80), cand.trigger[0]) is not None
