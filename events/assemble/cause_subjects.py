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


_ARABIC_DEFINITE = re.compile(r"^[وف]?(?:[بكل]?ال|لل)")
_RELATIVE_AFTER = re.compile(r"\s+(?:التي|الذي|اللذين|اللتين|الذين|اللواتي)(?!\w)")
_ENGLISH_DEFINITE = re.compile(r"(?:^|\s)(?:the|this|that)\s+$", re.IGNORECASE)


def cause_subject_told_before(text: str, trigger: TriggerMention, triggers: Sequence[TriggerMention]) -> bool:
    """Whether the event word is the definite subject of a verb of causing and the article has
    told a deed of its type as done before it."""
    if " " in trigger.text.strip():
        return False
    ar, en = _causing()
    if _ARABIC_DEFINITE.match(trigger.text):
        if ar.search(text, max(0, trigger.start - 16), trigger.start) is None or _RELATIVE_AFTER.match(text, trigger.end):
            return False  # (a relative clause after the noun tells which deeds it names: «الزيارات التي قام بها»)
    elif trigger.text[:1].isascii():
        if _ENGLISH_DEFINITE.search(text, max(0, trigger.start - 8), trigger.start) is None or en.match(text, trigger.end) is None:
            return False
    else:
        return False
    return any(
        t.event_type == trigger.event_type and t.end <= trigger.start and t.modality == "asserted" for t in triggers
    )
