"""Deeds told again as the cause or the outcome of the sentence's news: "نزحت 1800 أسرة بسبب
الاشتباكات" tells the fighting the article has dated before, and "وأدت الأزمة إلى إغلاق الحدود"
the closure the crisis began with; neither is news of the publication's day. And an English attack
told by a verb whose object is a definite noun of a strike ("air defences intercepted most of the
missiles") takes up the attack told before.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import Event

_ARABIC_DEFINITE_NOUN = r"[وف]?(?:[بكل]?ال|لل)[^\W\d_]+"
_ENGLISH_DEFINITE_NOUN = r"the\s+[a-z]+(?:\s+[a-z]+)?"


@lru_cache(maxsize=4)
def load_linked_retellings(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """assembly.json `linked_retellings`: a search, ending right before an event word, for a word
    of cause or a verb of result with its definite subject; and a match, from right after an English
    verb, of its definite object, a noun of a weapon or a strike."""
    rules = load_assembly_rules(path).get("linked_retellings", {})
    cause = alternation(rules.get("cause_words", ()), spaced=True)
    verbs = alternation(rules.get("result_verbs", ()), spaced=True)
    preps = alternation(rules.get("result_prepositions", ()))
    linked = re.compile(
        r"(?<!\w)(?:(?P<cause>" + cause + r")|(?:" + verbs + r")\s+(?:" + _ARABIC_DEFINITE_NOUN + r"\s+(?:" + preps
        + r")|" + _ENGLISH_DEFINITE_NOUN + r"))\s+$",
        re.IGNORECASE,
    )
    quantifiers = alternation(rules.get("en_quantifiers", ()), spaced=True)
    nouns = alternation(rules.get("en_strike_nouns", ()))
    obj = re.compile(
        r"\s+(?:(?:" + quantifiers + r")\s+)?(?:the|these|those)\s+(?:[a-z]+\s+)?(?:" + nouns + r")(?![\w-])",
        re.IGNORECASE,
    )
    return linked, obj


@lru_cache(maxsize=4)
def load_term_frames(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], re.Pattern[str]]:
    """assembly.json `linked_retellings`: the types a deal's terms are told as (`term_types`), and a
    search for a frame of terms (`term_frames`) with the definite noun of the deal after it."""
    rules = load_assembly_rules(path).get("linked_retellings", {})
    frames = alternation(rules.get("term_frames", ()), spaced=True)
    pattern = re.compile(r"(?<!\w)(?:" + frames + r")\s*(?:the\s+[a-z]+|(?:" + _ARABIC_DEFINITE_NOUN + r"))(?!\w)", re.IGNORECASE)
    return frozenset(rules.get("term_types", ())), pattern


def told_as_a_term(event: Event) -> bool:
    """Whether an agreement or a truce is told after a frame of a deal's terms and its definite noun
    in the 60 characters before its word ("As part of the arrangement, Israel agreed to ...")."""
    types, frame = load_term_frames()
    parts = _before_and_after(event)
    return event.event_type in types and parts is not None and frame.search(parts[0][-60:]) is not None


def _before_and_after(event: Event) -> tuple[str, str] | None:
    quote, trigger = event.spans.get("quote"), event.spans.get("trigger")
    if not quote or not trigger:
        return None
    return event.quote[: trigger[0] - quote[0]], event.quote[trigger[1] - quote[0] :]


def told_as_cause_or_result(event: Event, definite: bool) -> bool:
    """Whether the event word comes right after a word of cause and is `definite` (بسبب
    الاشتباكات, because of the clashes), or right after a verb of result and its definite
    subject (وأدت الأزمة إلى إغلاق, the crisis led to the closure of)."""
    parts = _before_and_after(event)
    if parts is None:
        return False
    m = load_linked_retellings()[0].search(parts[0][-80:])
    return m is not None and (definite or m.group("cause") is None)


def with_definite_object(event: Event) -> bool:
    """Whether the English event word is a verb whose object is a definite noun of a weapon or a
    strike ("intercepted most of the missiles", "carried out the raids")."""
    parts = _before_and_after(event)
    if parts is None or not (event.trigger or "").isascii() or " " in (event.trigger or "").strip():
        return False
    return load_linked_retellings()[1].match(parts[1]) is not None
