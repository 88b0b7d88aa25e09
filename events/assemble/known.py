"""An English event noun that opens its sentence as its definite subject and is followed by a
link to its setting ("The vote came as tension rose along the border") speaks of an event the
article told before; with no event of its type read before, it was told in other words."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.assemble.text import _Candidate
from events.text.lazy import LazyPattern

_OPENING_THE = LazyPattern(r"\W*the\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_told_as_known(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match, right after the event noun, for a link to its setting (data/assembly.json
    `told_as_known`: came as, comes after)."""
    words = sorted(set(load_assembly_rules(path).get("told_as_known", ())), key=len, reverse=True)
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"
    return re.compile(r"\s+(?:" + alternatives + r")(?!\w)", re.IGNORECASE)


def _opens_as_known(text: str, cand: _Candidate) -> bool:
    """Whether the English event noun opens its sentence after 'The' (and at most two words) and
    a link to its setting follows it ("The vote came as ...", "The parliamentary vote comes after ...")."""
    s = cand.sentence[0]
    t0, t1 = cand.trigger
    if not text[t0 : t0 + 1].isascii():
        return False
    return _OPENING_THE.fullmatch(text, s, t0) is not None and load_told_as_known().match(text, t1) is not None
