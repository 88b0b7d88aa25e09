"""A protest told in the past progressive after the sentence's own event word ("قتلت القوات
الاثنين نحو 60 فلسطينيا كانوا يحتجون على الحدود", "killed 60 Palestinians who were protesting
at the border") was going on when that event befell the protesters: it is an event of its own,
on the day of the sentence's event, beside it, and never the sentence's own event."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate


@lru_cache(maxsize=4)
def load_in_progress(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], re.Pattern[str]]:
    """The types a deed in progress may be of, and a search, anchored at the end of the searched
    text, for an auxiliary of the past progressive (data/assembly.json `in_progress`)."""
    rules = load_assembly_rules(path).get("in_progress", {})
    words = alternation(rules.get("auxiliaries", ()), spaced=True)
    return frozenset(rules.get("types", ())), re.compile(r"(?<!\S)(?:" + words + r")\s+$", re.IGNORECASE)


def _in_progress(text: str, cand: _Candidate) -> bool:
    """Whether the candidate, of a type told so, follows an auxiliary of the past progressive."""
    types, auxiliary = load_in_progress()
    start = cand.trigger[0]
    return cand.event_type in types and auxiliary.search(text, max(cand.sentence[0], start - 20), start) is not None
