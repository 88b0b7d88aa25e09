"""A dismissal or an appointment told by the noun after a decree issued ("وأصدر رئيس
الجمهورية أمرا رئاسيا بإعفاء وزير الدفاع", "قرارا بتعيين"): the decree made it, as a verb in
the past would tell it (`decree_nouns` of data/assembly.json, after a verb of issuing)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate

_WORDS_BETWEEN = 6  # words between the verb of issuing and the decree: its issuer, its day


@lru_cache(maxsize=4)
def load_decree(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a verb of issuing, a few words, a decree noun and perhaps its adjective,
    ending where the event word (with its ب) starts."""
    rules = load_assembly_rules(path).get("decrees", {})
    verbs = alternation(rules.get("verbs", ()), spaced=True)
    nouns = alternation(rules.get("nouns", ()), spaced=True)
    return re.compile(
        r"(?<!\w)[وف]?(?:" + verbs + r")(?:\s+[^\s,،.;:]+){0," + str(_WORDS_BETWEEN) + r"}\s+(?:" + nouns + r")(?:\s+\w+)?\s+$"
    )


def told_by_decree(text: str, cand: _Candidate) -> bool:
    """Whether an appointment noun is the content of a decree told as issued."""
    if cand.event_type != "appointment" or cand.tense:
        return False
    return load_decree().search(text, max(cand.sentence[0], cand.trigger[0] - 120), cand.trigger[0]) is not None
