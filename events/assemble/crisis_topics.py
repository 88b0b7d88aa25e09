"""A catalogued event named by a noun of crisis that a word of solving takes as its object
("عرض استعداده لإيجاد حل للأزمة الخليجية", "offered to help resolve the Gulf crisis"): the
crisis is what a mediator means to end, no deed the sentence tells."""

from __future__ import annotations

import re
from functools import lru_cache

from events.assemble.rules import alternation, load_assembly_rules
from events.assemble.text import _Candidate


@lru_cache(maxsize=1)
def _crisis_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A noun of crisis in a catalog name; a word of solving right before it, perhaps with a
    preposition or an article between (assembly.json `crises_to_resolve`)."""
    rules = load_assembly_rules()["crises_to_resolve"]
    crisis = re.compile(rf"(?<!\w)(?:{alternation(rules['crisis'])})(?!\w)", re.IGNORECASE)
    between = alternation(rules["between"])
    solving = re.compile(
        rf"(?<!\w)(?:{alternation(rules['solving'], spaced=True)})(?:\s+(?:{between})){{0,2}}\s+$", re.IGNORECASE
    )
    return crisis, solving


def _a_crisis_to_resolve(text: str, cand: _Candidate) -> bool:
    """Whether a catalogued event is named by a noun of crisis that a word of solving takes."""
    if cand.reference_id is None:
        return False
    crisis, solving = _crisis_patterns()
    if crisis.search(cand.trigger_text) is None:
        return False
    before = text[max(cand.sentence[0], cand.trigger[0] - 50) : cand.trigger[0]]
    return solving.search(before) is not None
