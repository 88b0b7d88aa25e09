"""A deed the article has told, taken up again by its definite noun as the subject of a verb of
causing («وأثار الاعتقال موجة احتجاجات غاضبة في أوروبا», "The arrest sparked protests across
Europe"): the sentence tells what the deed caused, and its noun tells the deed again, no new one
of the sentence's day or places (data/assembly.json `cause_subjects`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from events.assemble.rules import alternation, load_assembly_rules
from events.model import TriggerMention


@lru_cache(maxsize=1)
def _causing() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A search, ending right before an Arabic definite noun, for a verb of causing (perhaps after
    و or ف), and a match, from right after an English noun, of such a verb."""
    rules = load_assembly_rules().get("cause_subjects", {})
    ar = re.compile(r"(?<!\S)[وف]?(?:" + alternation(rules.get("ar", ())) + r")\s+$")
    en = re.compile(r"\s+(?:" + alternation(rules.get("en", ()), spaced=True) + r")(?![\w-])", re.IGNORECASE)
    return ar, en


# a word right after an Arabic noun that qualifies it, an adjective or a noun annexed with ل
# («القصف الإسرائيلي لمطار بيروت»): the noun then says which deed it is, perhaps a new one
_QUALIFIED_AR = re.compile(r"\s+(?:[وف]?(?:ال|لل|ل)\S)")


def cause_subject_told_before(text: str, trigger: TriggerMention, triggers: Sequence[TriggerMention], definite: bool) -> bool:
    """Whether the event word, `definite` and bare (no word qualifying it), is the subject of a
    verb of causing and the article has told a deed of its type as done before it."""
    if not definite or " " in trigger.text.strip():
        return False
    ar, en = _causing()
    if not trigger.text[:1].isascii():
        if ar.search(text, max(0, trigger.start - 16), trigger.start) is None or _QUALIFIED_AR.match(text, trigger.end):
            return False  # («وأثار القصف الإسرائيلي لمطار بيروت»: a strike of its own, told by its qualifier)
    elif en.match(text, trigger.end) is None:
        return False
    return any(
        t.event_type == trigger.event_type and t.end <= trigger.start and t.modality == "asserted" for t in triggers
    )
