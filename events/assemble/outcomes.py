"""An Arabic event told as the outcome of the one before it in its clause, by a verb of an
ending and `ب` (`اندلعت مواجهات ... استمرت يومين وانتهت بهدنة`, `اختتمت المحادثات باتفاق`):
the fight or the talks ended in the truce or the deal, which is an event of its own beside
the first, not a circumstance of it."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate


@lru_cache(maxsize=4)
def load_outcome_verb(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search, anchored at the end of the searched text, for a verb of an ending
    (data/assembly.json `outcome_verbs.ar`) and at most `outcome_verbs.words` words after it."""
    rules = load_assembly_rules(path).get("outcome_verbs", {})
    verbs = alternation(rules.get("ar", ()))
    words = int(rules.get("words", 0))
    return re.compile(r"(?<!\w)(?:" + verbs + r")(?:\s+[\w-]+){0," + str(words) + r"}\s+$")


def _told_as_outcome(text: str, cand: _Candidate, first: _Candidate) -> bool:
    """Whether the Arabic event word of `cand`, with `ب` joined to it, follows a verb of an
    ending after the sentence's main event word `first`: "وانتهت بهدنة"."""
    start = cand.trigger[0]
    if text[start : start + 1] != "ب" or first.trigger[1] > start:
        return False
    lo = max(first.trigger[1], start - 80)
    return load_outcome_verb().search(text, lo, start) is not None
