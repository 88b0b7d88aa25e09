"""The dead a crowd buries or mourns, told with the deed that killed them ("Palestinians on Tuesday
buried dozens of people killed by Israeli fire", «شيع الفلسطينيون الثلاثاء القتلى الذين سقطوا
برصاص إسرائيلي»): that killing took place before the funeral, whose day is the sentence's. The
killing is a deed told again or recalled, dated by no time of the funeral's sentence; told nowhere
else, it is no news of that day (GUIDELINES.md: one event per real-world attack, on its own day).
The verbs of burying and mourning live in data/assembly.json (`mourned_dead`)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.assemble.text import _Candidate

# a clause of its own ends the funeral's: a mark, a conjunction after a comma, or a connector
# with a subject of its own after it ("mourned the victims on Tuesday as Israeli jets struck", «بينما قصفت الطائرات»)
_BREAK = re.compile(r"[.;:!?؟؛\n]|،\s*(?:و|ف)|,\s*(?:and|but|while|as)\s|\s(?:as|while|when|after|before|because|بينما|في حين|عندما|حين|بعدما)\s", re.IGNORECASE)
# "Mourners who buried a victim were killed": a finite verb of its own, the mourners' death
_AUXILIARY = re.compile(r"(?<![^\W\d_])(?:was|were|been|is|are|has|have|had|being)\s+$", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_mourned_dead(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], int]:
    """(the verbs of burying or mourning, the most words between one and the killing's word)."""
    rules = load_assembly_rules(path).get("mourned_dead", {})
    verbs = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(rules.get("verbs", ()), key=len, reverse=True)) or "(?!)"
    return re.compile(r"(?<![^\W\d_])[وف]?(?:" + verbs + r")(?![^\W\d_])", re.IGNORECASE), int(rules.get("words", 8))


def killed_before_their_funeral(text: str, cand: _Candidate) -> bool:
    """Whether the attack word tells the killing of the dead a verb of burying or mourning before it,
    in its clause, takes as its object (a few words between)."""
    if cand.event_type != "attack" or cand.reference_id is not None:
        return False
    verbs, words = load_mourned_dead()
    start = cand.sentence[0]
    for m in verbs.finditer(text, start, cand.trigger[0]):
        between = text[m.end() : cand.trigger[0]]
        if not _BREAK.search(between) and len(between.split()) <= words and not _AUXILIARY.search(between):
            return True
    return False
