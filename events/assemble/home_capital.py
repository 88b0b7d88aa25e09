"""An event told in a sentence that names no country but "the capital" with no name or
adjective of its own ("أعلنت وزارة الدفاع التوصل إلى وقف لإطلاق النار في العاصمة", "a truce
was reached in the capital"), or the country itself with no name ("تسري في البلاد هدنة", "شرق
البلاد"): the capital is that of the country the article is about, and البلاد is that country,
where the event took place (`bare_capital` of data/assembly.json)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate


@lru_cache(maxsize=4)
def load_bare_capital(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A word for the capital, after a preposition or none, followed by no adjective
    (ال...) and no capitalised name."""
    words = alternation(load_assembly_rules(path).get("bare_capital", ()), spaced=True)
    return re.compile(r"(?<!\w)(?:[بل]|لل)?(?:" + words + r")(?!\w)(?!\s+(?:ال|[A-Z]|of\s))", re.IGNORECASE)


def in_the_bare_capital(text: str, cand: _Candidate) -> bool:
    """Whether the event's sentence places something in a capital, or a country, it does not name."""
    s, e = cand.sentence
    return load_bare_capital().search(text, s, e) is not None
