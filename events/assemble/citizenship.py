"""A country named as a person's citizenship (حصل على الجنسية البريطانية، يحمل الجنسية
الفرنسية): an adjective of nationality right after a noun of citizenship
(`citizenship_nouns` of data/assembly.json), perhaps after another such adjective and و
(الجنسيتين المصرية والبريطانية). It is no party to the event the sentence tells, nor its
place, except for a deed done to that person (`keep_types`: an arrest)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.word_gates import may_name
from events.model import ActorMention
from events.text.gates import anchor_words
from events.text.lazy import LazyPattern
from events.text.normalize import is_arabic


@lru_cache(maxsize=4)
def load_citizenship_nouns(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], frozenset[str]]:
    """A search for a noun of citizenship ending right before a nationality (perhaps after
    another one and و), and the event types that keep such a country."""
    rules = load_assembly_rules(path).get("citizenship_nouns", {})
    nouns = alternation(rules.get("ar", ()), spaced=True)
    before = re.compile(r"(?<!\S)[وبل]?(?:" + nouns + r")\s+(?:\S+\s+و)?\Z")
    return before, frozenset(rules.get("keep_types", ()))


@lru_cache(maxsize=4)
def _citizenship_anchors(path: Path = ASSEMBLY_RULES) -> tuple[tuple[str, ...], ...]:
    """The words of each noun of citizenship (`citizenship_nouns.ar`)."""
    return anchor_words(load_assembly_rules(path).get("citizenship_nouns", {}).get("ar", ()))


_NISBA_END = LazyPattern(r"(?:ي|ية|يه|يين|يون)$")


def _a_citizenship(text: str, actor: ActorMention, event_type: str) -> bool:
    """Whether the actor is a country named as a person's citizenship, no side of an event
    of `event_type`."""
    if actor.kind != "country" or not is_arabic(actor.text[:1]) or _NISBA_END.search(actor.text) is None:
        return False
    before, kept = load_citizenship_nouns()
    return event_type not in kept and may_name(text, _citizenship_anchors()) and before.search(text, max(0, actor.start - 40), actor.start) is not None
