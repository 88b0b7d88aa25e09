"""A clause of 'when' right after a verb of beginning ("The war erupted when tensions between
the two generals exploded into open fighting") tells how an earlier event began."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.assemble.text import _Candidate


@lru_cache(maxsize=4)
def load_onset_when(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a verb of beginning (data/assembly.json `onset_verbs`) followed by 'when'
    and a clause running on, with no comma or other mark, to the end of the searched text."""
    words = sorted(set(load_assembly_rules(path).get("onset_verbs", ())), key=len, reverse=True)
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"
    return re.compile(r"(?<!\w)(?:" + alternatives + r")\s+when\s+[^,;:()\"“”]*$", re.IGNORECASE)


def _in_onset_when_clause(text: str, cand: _Candidate) -> bool:
    """Whether an English event word stands in a clause of 'when' opened right after a verb of
    beginning: the sentence retells how a war or crisis broke out, not the day's news."""
    s, start = cand.sentence[0], cand.trigger[0]
    if not text[start : start + 1].isascii():
        return False
    return load_onset_when().search(text, s, start) is not None
