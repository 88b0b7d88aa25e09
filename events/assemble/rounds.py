"""A deed told as done in a count of rounds ("Israel and Hamas have exchanged hostages and
prisoners in five rounds since then", "على عدة جولات"): a series of deeds, no event of a day;
the caller drops it when its sentence gives it no date of its own (data/assembly.json
`counted_rounds`)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.text.normalize import fold_str

_AFTER = 60  # characters after the event word within which the count of rounds stands


@lru_cache(maxsize=4)
def load_counted_rounds(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match, from the end of the event word (folded, lower-cased), of the rest of its clause
    up to a count of rounds."""
    words = alternation((fold_str(w).lower() for w in load_assembly_rules(path)["counted_rounds"]), spaced=True)
    return re.compile(r"[^.,،;؛:!?؟()]*?(?<![^\W\d_])(?:" + words + r")(?![^\W\d_])")


def told_in_rounds(text: str, cand: _Candidate) -> bool:
    """Whether the event word's clause, after it, counts the rounds it was done in."""
    tail = fold_str(text[cand.trigger[1] : min(cand.sentence[1], cand.trigger[1] + _AFTER)]).lower()
    return load_counted_rounds().match(tail) is not None
