"""A resignation told as the object of a verb of accepting ("President Aoun accepted the
resignation and asked the cabinet to stay on"), with the possessive or the article before it,
in a sentence with no date of its own after an appointment told before: the resignation told
before, accepted, not another change of office (data/assembly.json `accepted_resignations`)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import Event


@lru_cache(maxsize=4)
def load_accepting(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search, anchored at the end, for a verb of accepting and a determiner right before the
    event word (`accepted_resignations.verbs`, `accepted_resignations.determiners`)."""
    rules = load_assembly_rules(path).get("accepted_resignations", {})
    verbs = alternation(rules.get("verbs", ()), spaced=True)
    determiners = alternation(rules.get("determiners", ()), spaced=True)
    return re.compile(r"(?<![\w-])(?:" + verbs + r")\s+(?:" + determiners + r")\s+$", re.IGNORECASE)


def accepted_resignation(text: str, cand: _Candidate, told: list[Event]) -> bool:
    """Whether an English appointment word is a resignation accepted, told after an appointment."""
    if cand.event_type != "appointment" or not cand.trigger_text[:1].isascii():
        return False
    if load_accepting().search(text, max(cand.sentence[0], cand.trigger[0] - 40), cand.trigger[0]) is None:
        return False
    return any(ev.event_type == "appointment" for ev in told)
