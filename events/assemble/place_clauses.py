"""An English clause opened by a relative word of place ("killed in Tehran, where he had
attended the inauguration the day before") tells what else happened at the place the
sentence names: a setting of the sentence's own event, which it does not outrank."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _CLAUSE_BREAK, _Candidate


@lru_cache(maxsize=4)
def load_place_relatives(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a relative word of place after a comma (data/assembly.json `place_relatives`)."""
    words = alternation(load_assembly_rules(path).get("place_relatives", ()), spaced=True)
    return re.compile(r",\s*(?:" + words + r")(?![\w-])", re.IGNORECASE)


def _in_a_place_clause(text: str, cand: _Candidate) -> bool:
    """Whether the event word stands in a clause opened by a relative word of place after a
    comma, no other clause break between them, and the sentence has words before it."""
    start = cand.sentence[0]
    opener = None
    for m in load_place_relatives().finditer(text, start, cand.trigger[0]):
        opener = m
    if opener is None or opener.start() == start:
        return False
    return _CLAUSE_BREAK.search(text, opener.end(), cand.trigger[0]) is None
