"""A deed told again as having come after another of its kind («وجاءت الاستقالة بعد استقالة وزيرة
الإعلام الأحد»، "The resignation came after the information minister's resignation"): the word
after the opener of time is a deed of its own, however its sentence reads its circumstances; one
event word of a type cannot come after itself (data/assembly.json `referred_back`: `coming_verbs`,
`came_after_openers`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import TriggerMention


@lru_cache(maxsize=4)
def _came_after_search(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match, from a sentence's start, of و or ف, a verb of coming, a definite noun and an opener
    of a time after (`came_after_openers`: بعد، عقب، إثر) right before an event word; the noun's
    span is group 1."""
    rules = load_assembly_rules(path).get("referred_back", {})
    verbs = alternation(rules.get("coming_verbs", ()))
    openers = alternation(rules.get("came_after_openers", ()))
    return re.compile(r"\s*[وف]?(?:" + verbs + r")\s+(ال[^\W\d_]+)\s+(?:" + openers + r")\s+$")


def came_after_its_kind(text: str, sentence_start: int, trigger: TriggerMention, triggers: Sequence[TriggerMention]) -> bool:
    """Whether the Arabic event word `trigger` follows, in its sentence, a verb of coming whose
    subject is an event word of its own type and an opener of a time after («وجاءت الاستقالة بعد
    استقالة ...»): another deed of that type than the one the sentence takes up."""
    found = _came_after_search().match(text, sentence_start, trigger.start)
    if found is None:
        return False
    noun = found.span(1)
    return any(t.event_type == trigger.event_type and t.start < noun[1] and noun[0] < t.end for t in triggers)
