"""A crackdown: a deed of violence (`crackdowns.types`: an attack) whose doer is a state's own
forces named bare, with no country ("Security forces killed 12 protesters", «قتل 12 متظاهرا
برصاص قوات الأمن», «مقتل 12 متظاهرا برصاص قوات الأمن»). Those forces are the state's where it
was done: told in a sentence naming no country, it takes place in the country the article is
about (the protest's), as a strong verb of the past does (`parties._at_home`), and its doer is
that state, no longer left unnamed (data/assembly.json `crackdowns`)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate, _clause


@lru_cache(maxsize=4)
def _rules(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], re.Pattern[str]]:
    """(the types of a crackdown, a search for a bare word of a state's forces)."""
    rules = load_assembly_rules(path).get("crackdowns", {})
    forces = re.compile(
        r"(?<![^\W\d_])(?:[وفبل]?|بال|لل)(?:" + alternation(rules.get("forces", ()), spaced=True) + r")(?![^\W\d_])",
        re.IGNORECASE,
    )
    return frozenset(rules.get("types", ())), forces


# the forces named as the doer: right before the word ("Security forces killed", "police also shot", an adverb at most
# between), right after an Arabic verb ("قتلت قوات الأمن"), or after a word of the agent
# ("برصاص قوات الأمن", "على يد الشرطة", "by security forces")
_BEFORE = re.compile(r"^(?:\s+(?:also|reportedly|allegedly|later|then|قد))?\s+$", re.IGNORECASE)
_AGENT = re.compile(r"(?<![^\W\d_])(?:[وف]?(?:برصاص|بنيران|بنار|على يد|على أيدي|بيد)|by|at the hands of)\s+(?:the\s+)?$", re.IGNORECASE)


def by_bare_forces(text: str, cand: _Candidate) -> bool:
    """Whether the candidate is a crackdown: of a type of `crackdowns.types`, a bare word of a
    state's forces (security forces, قوات الأمن) told as its doer in its clause."""
    types, forces = _rules()
    if cand.event_type not in types or cand.reference_id is not None:
        return False
    lo, hi = _clause(text, cand.sentence, cand.trigger)
    start, end = cand.trigger
    if forces.search(text, start, end) is not None:
        return True  # "killed by security forces", the doer inside the words of the deed
    for m in forces.finditer(text, lo, hi):
        if m.end() <= start and _BEFORE.match(" " + text[m.end() : start]) is not None:
            return True
        if m.start() >= end and (not text[end : m.start()].strip() or _AGENT.search(text, end, m.start())):
            return True
    return False
