"""The onset of a war told by a verb of breaking out or resuming and a time of its own right
after that verb ("The war erupted on April 15 after months of tension over a plan agreed in
December", "it collapsed when fighting resumed in late August", "اندلعت الحرب في تشاد في نوفمبر
عندما أرسل الجيش قوات إلى الشمال"; in Arabic also with the verb after the noun, in a relative
clause: «إثر احتجاجات شعبية اندلعت في ديسمبر 2018»، «الحرب التي اندلعت في أبريل») is a deed of its own: the sentence's other deed does not
swallow it, however weak its word (data/assembly.json `dated_onsets`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import TimeMention


def _alternatives(words: Sequence[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True)) or "(?!)"


@lru_cache(maxsize=4)
def _noun_first(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """The Arabic stretch from the war noun to the time when the verb follows the noun: up to two
    words describing it, perhaps a relative pronoun, the verb, fillers."""
    rules = load_assembly_rules(path)["dated_onsets"]
    return re.compile(
        r"[وفبل]?(?:" + _alternatives(rules["ar_nouns"]) + r")(?:\s+[^\W\d_]+){0,2}?\s+(?:(?:التي|الذي)\s+)?"
        r"(?:" + _alternatives(rules["ar_verbs"]) + r")(?:\s+(?:" + _alternatives(rules["ar_fillers"]) + r"))*\s*"
    )


@lru_cache(maxsize=4)
def _patterns(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    """The English war nouns; the English stretch from the trigger's end to the time (a place or
    the sides, perhaps a relative pronoun, the verb, fillers); the Arabic stretch from the verb
    to the time (the noun right after the verb, perhaps a place, fillers)."""
    rules = load_assembly_rules(path)["dated_onsets"]
    nouns = frozenset(w.lower() for w in rules["en_nouns"])
    en = re.compile(
        r"(?:\s+(?:in|between|of|with)\s[^,;:.()\"“”]{1," + str(int(rules["en_reach"])) + r"}?)?"
        r"\s*,?\s*(?:(?:which|that)\s+)?(?:" + _alternatives(rules["en_verbs"]) + r")"
        r"(?:\s+(?:" + _alternatives(rules["en_fillers"]) + r"))*\s*",
        re.IGNORECASE,
    )
    ar = re.compile(
        r"(?<![^\W\d_])و?(?:" + _alternatives(rules["ar_verbs"]) + r")\s+(?:" + _alternatives(rules["ar_nouns"]) + r")"
        r"(?:\s+(?:في|بين)\s+[^\s،,.؛:]+(?:\s+(?:و)?[^\s،,.؛:]+)?)?"
        r"(?:\s+(?:" + _alternatives(rules["ar_fillers"]) + r"))*\s*$"
    )
    return nouns, en, ar


def onset_with_its_date(text: str, cand: _Candidate, dates: Sequence[TimeMention]) -> bool:
    """Whether the candidate is a war's onset told with a time of its own right after its verb."""
    nouns, en, ar = _patterns()
    start, end = cand.trigger
    s, e = cand.sentence
    english = text[start : start + 1].isascii()
    for d in dates:
        if not (end <= d.start < e):
            continue
        if english:
            if cand.trigger_text.lower() in nouns and en.fullmatch(text, end, d.start):
                return True
            continue
        m = ar.search(text, max(s, start - 30), d.start)
        if m is not None and m.start() <= start and end <= m.end():
            return True
        if _noun_first().fullmatch(text, start, d.start) is not None:
            return True
    return False
