"""An English participle of a deed before a noun of a person, after a determiner, a possessive
or a preposition ("supporters of ousted president Mohamed Morsi", "the jailed activist",
"Egypt's deposed leader"), names that person by a deed done to them before, as الرئيس المعزول
does in Arabic: it is no deed of the sentence's time. The deed is an event only when the
catalog knows it (the ouster of Morsi), on the catalog's date (data/assembly.json `epithets`)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import TriggerMention


@lru_cache(maxsize=4)
def load_epithet_pattern(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """A match for the person noun after the participle (perhaps after a qualifier), a search
    for the word before it that makes it an adjective, and the irregular participles."""
    rules = load_assembly_rules(path).get("epithets", {})
    qualifiers = alternation(rules.get("qualifiers", ()), spaced=True)
    persons = alternation(rules.get("persons", ()), spaced=True)
    after = re.compile(r"\s+(?:(?:" + qualifiers + r")\s+)?(?:" + persons + r")(?![\w-])", re.IGNORECASE)
    openers = alternation(rules.get("before", ()), spaced=True)
    before = re.compile(r"(?:(?<![\w-])(?:" + openers + r")|\w['’]s|^|[.!?\n]\s*)\s+\Z|\A\s*\Z", re.IGNORECASE)
    return after, before, frozenset(w.lower() for w in rules.get("irregular", ()))


def is_epithet(text: str, trigger: TriggerMention) -> bool:
    """Whether an English one-word event word in -ed (or an irregular participle) stands before
    a noun of a person, right after a determiner, a possessive or a preposition."""
    word = trigger.text.strip()
    if not word.isascii() or " " in word:
        return False
    lowered = word.lower()
    after, before, irregular = load_epithet_pattern()
    if not (lowered.endswith("ed") or lowered in irregular):
        return False
    if after.match(text, trigger.end) is None:
        return False
    start = max(0, trigger.start - 40)
    return before.search(text[start : trigger.start]) is not None
