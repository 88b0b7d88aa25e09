"""An attack told only by its definite word right after a word of resisting or opposing it
("حاول المقاتلون التصدي للهجوم التركي", "أظهروا قدرا كبيرا من المقاومة للهجوم", "دعم البلاد
ضد العدوان", "put up resistance to the offensive"): the sentence tells a stand taken against an
attack known already or only feared, not an attack of the day."""

from __future__ import annotations

import re
from functools import lru_cache

from events.assemble.rules import alternation, load_assembly_rules
from events.assemble.text import _Candidate


@lru_cache(maxsize=1)
def _resisting_pattern() -> tuple[frozenset[str], re.Pattern[str]]:
    """The event types concerned and a search for a word of resisting ending right before the
    event word, with an Arabic proclitic and article of its own; perhaps an Arabic adjective
    ('مقاومة شرسة للهجوم'), an English determiner, an English name or two ('the Israeli', 'the
    Islamic State') and an opening quotation mark between (assembly.json `resisted_words`)."""
    rules = load_assembly_rules()["resisted_words"]
    words = alternation(rules["words"], spaced=True)
    between = alternation(rules["between"])
    return frozenset(rules["types"]), re.compile(
        rf"(?<!\S)[وفبل]?(?:ال|لل)?(?:{words})(?:\s+(?:{between}))?(?:\s+[\u0621-\u064a]+)?"
        rf"(?:\s+(?-i:[A-Z])[\w-]*){{0,2}}\s+[\"«“']?$",
        re.IGNORECASE,
    )


def resisted_attack(text: str, cand: _Candidate) -> bool:
    """Whether the candidate is a definite event word right after a word of resisting it."""
    types, pattern = _resisting_pattern()
    if cand.event_type not in types or not cand.definite:
        return False
    before = text[max(cand.sentence[0], cand.trigger[0] - 50) : cand.trigger[0]]
    return pattern.search(before) is not None


def resisted_name(text: str, sentence_start: int, start: int, event_type: str) -> bool:
    """Whether a catalogued name of an `event_type` event beginning at `start` stands right after
    a word of resisting it ("to repel Haftar's attack on Tripoli", "لصد هجوم قوات حفتر على
    طرابلس"): the attack is the circumstance of the sentence's own deed (a request for support,
    a vote), which it does not displace."""
    types, pattern = _resisting_pattern()
    return event_type in types and pattern.search(text[max(sentence_start, start - 50) : start]) is not None
