"""What a speaker says, in the simple present, it does as a rule ("The Houthis say they target
ships linked to Israel"): no deed of a day."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.assemble.text import _Candidate


@lru_cache(maxsize=4)
def load_habitual_saying(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a verb of saying in the simple present and a subject pronoun (data/assembly.json
    `habitual_saying`), perhaps with 'that', ending right before the next word."""
    spec = load_assembly_rules(path).get("habitual_saying", {})
    verbs = "|".join(map(re.escape, sorted(spec.get("verbs", ()), key=len, reverse=True))) or "(?!)"
    pronouns = "|".join(map(re.escape, sorted(spec.get("pronouns", ()), key=len, reverse=True))) or "(?!)"
    return re.compile(r"(?<!\w)(?:" + verbs + r")\s+(?:that\s+)?(?:" + pronouns + r")\s+$", re.IGNORECASE)


# a verb form that is no simple present: a past or a participle
_NOT_SIMPLE_PRESENT = re.compile(r"(?:ed|ing|en)$", re.IGNORECASE)


def _habitual_claim(text: str, cand: _Candidate) -> bool:
    """Whether an English event verb in the simple present follows a verb of saying in the simple
    present and its subject pronoun ("say they target", "says it strikes only militants")."""
    start = cand.trigger[0]
    if not text[start : start + 1].isascii() or _NOT_SIMPLE_PRESENT.search(cand.trigger_text.split()[0]):
        return False
    return load_habitual_saying().search(text, max(cand.sentence[0], start - 40), start) is not None
