"""An event word qualified by an adverb of addition (`one_more_deed` of assembly.json: كذلك،
أيضا, also) tells one more deed beside one told before: "وتم كذلك توقيف الصحافي الذي أجرى
المقابلة" after a sentence on the interviewee, "The journalist was also detained". It is
never a retelling of another event of its type."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.word_gates import may_name
from events.model import Event
from events.text.gates import anchor_words
from events.text.normalize import is_arabic


@lru_cache(maxsize=4)
def load_one_more(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(Arabic, English) patterns of data/assembly.json `one_more_deed`, matched right before
    the event word: in Arabic the adverb beside an auxiliary of the passive ("تم كذلك",
    "كذلك تم"), so that it is the deed's own ("وأدان كذلك الهجوم" qualifies the condemnation);
    in English the adverb right before the verb, or before its auxiliary ("also arrested",
    "was also detained")."""
    rules = load_assembly_rules(path).get("one_more_deed", {})
    ar, en = alternation(rules.get("ar", ())), alternation(rules.get("en", ()))
    ar_aux, en_aux = alternation(rules.get("ar_auxiliaries", ())), alternation(rules.get("en_auxiliaries", ()), spaced=True)
    arabic = re.compile(
        r"(?<!\S)(?:(?:" + ar_aux + r")\s+(?:" + ar + r")|(?:" + ar + r")\s+(?:" + ar_aux + r"))\s+$"
    )
    english = re.compile(r"(?<![^\W\d_])(?:" + en + r")\s+(?:(?:" + en_aux + r")\s+)?$", re.IGNORECASE)
    return arabic, english


@lru_cache(maxsize=4)
def _one_more_anchors(path: Path = ASSEMBLY_RULES) -> tuple[tuple[str, ...], ...]:
    """The words of each adverb of addition (`one_more_deed.ar`, `.en`): both searches need one."""
    rules = load_assembly_rules(path).get("one_more_deed", {})
    return anchor_words([*rules.get("ar", ()), *rules.get("en", ())])


def told_as_one_more(event: Event) -> bool:
    """Whether the event's word is qualified by an adverb of addition (`load_one_more`)."""
    quote, trigger = event.spans.get("quote"), event.spans.get("trigger")
    if not quote or not trigger or not may_name(event.quote, _one_more_anchors()):
        return False
    start = trigger[0] - quote[0]
    arabic, english = load_one_more()
    pattern = arabic if is_arabic(event.quote[start : start + 1]) else english
    return pattern.search(event.quote, max(0, start - 30), start) is not None
