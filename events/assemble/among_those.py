"""A deed listed as one of the measures told before ("ومن تلك الإجراءات منع الطيران ...",
"Among those measures was a ban on ..."): a part of an event the article has told, not
a new one on the day of the publication (data/assembly.json `among_those`)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate


@lru_cache(maxsize=4)
def load_among_those(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match, at a sentence's start, of an opener that points back (`openers`: ومن تلك،
    among those) and a noun of measures or deeds (`nouns`), written right after it."""
    rules = load_assembly_rules(path).get("among_those", {})
    openers, nouns = alternation(rules.get("openers", ()), spaced=True), alternation(rules.get("nouns", ()), spaced=True)
    return re.compile(r"[\W_]*(?:" + openers + r")\s+(?:" + nouns + r")(?![^\W\d_])", re.IGNORECASE)


def listed_among_those_told(text: str, cand: _Candidate) -> bool:
    """Whether the event word stands in a sentence that opens by listing it among the
    measures or deeds told before."""
    s = cand.sentence[0]
    found = load_among_those().match(text, s, cand.trigger[0])
    return found is not None
