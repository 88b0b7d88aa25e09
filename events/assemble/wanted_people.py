"""A country or group named as the one that wants or hunts a person (سليمان أحمد،
المطلوب للقاهرة؛ الملاحق من قبل السلطات المصرية؛ a commander wanted by Cairo): a phrase of
being wanted (`wanted_by` of data/assembly.json) right before the name qualifies that person.
The name is no party to the event the sentence tells, except for a deed done to that person
(`keep_types`: an arrest, which may be the wanting state's)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.word_gates import may_name
from events.model import ActorMention
from events.text.gates import anchor_words


@lru_cache(maxsize=4)
def load_wanted_by(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], frozenset[str]]:
    """A search for a phrase of being wanted ending right before a name, and the event types
    that keep such a name."""
    rules = load_assembly_rules(path).get("wanted_by", {})
    phrases = alternation([*rules.get("ar", ()), *rules.get("en", ())], spaced=True)
    before = re.compile(r"(?<!\S)(?:" + phrases + r")(?:ـ)?\s*(?:the\s+)?\Z", re.IGNORECASE)
    return before, frozenset(rules.get("keep_types", ()))


@lru_cache(maxsize=4)
def _wanted_anchors(path: Path = ASSEMBLY_RULES) -> tuple[tuple[str, ...], ...]:
    """The words of each phrase of being wanted (`wanted_by`)."""
    rules = load_assembly_rules(path).get("wanted_by", {})
    return anchor_words([*rules.get("ar", ()), *rules.get("en", ())])


def wanted_by(text: str, actor: ActorMention, event_type: str) -> bool:
    """Whether the actor is named as the one that wants a person, no side of an event of
    `event_type` (the name may hold the preposition ل it is written with: للقاهرة)."""
    before, kept = load_wanted_by()
    if event_type in kept or not may_name(text, _wanted_anchors()):
        return False
    head = text[max(0, actor.start - 50) : actor.start]
    if before.search(head) is not None:
        return True
    return text.startswith("ل", actor.start) and before.search(head + "ل") is not None
