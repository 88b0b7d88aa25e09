"""A gathering a state is said to be absent from ("ولن تكون دمشق ممثلة في القمة", "لم يكن العراق
ممثلا في الاجتماع"): the sentence tells the state's absence, not the gathering, and makes no
meeting of its own (`absent_states` of data/assembly.json)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate


@lru_cache(maxsize=4)
def load_absent_states(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match, ending right before a gathering's word, of a negation, a verb of being, at most
    two words (the state's name), a word of being represented and a preposition of place."""
    rules = load_assembly_rules(path).get("absent_states", {})
    negations = alternation(rules.get("negations", ()), spaced=True)
    copulas = alternation(rules.get("copulas", ()), spaced=True)
    represented = alternation(rules.get("represented", ()), spaced=True)
    prepositions = alternation(rules.get("prepositions", ()), spaced=True)
    return re.compile(
        r"(?<![^\W\d_])[وف]?(?:" + negations + r")\s+(?:" + copulas + r")\s+(?:[^\s.,،؛;:!?؟]+\s+){1,2}"
        r"(?:" + represented + r")\s+(?:" + prepositions + r")\s+(?:[^\s.,،؛;:!?؟]+\s+)?$",
        re.IGNORECASE,
    )


def absent_from(text: str, cand: _Candidate) -> bool:
    """Whether the event word is the gathering a state named before it is said to be absent from."""
    lo = max(cand.sentence[0], cand.trigger[0] - 80)
    return load_absent_states().search(text, lo, cand.trigger[0]) is not None
