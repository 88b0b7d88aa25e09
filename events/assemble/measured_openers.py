"""An Arabic sentence opened by a time measured from another event ("وقبل ساعات من سريان
الهدنة، شن الطيران الإسرائيلي أمس عشرات الغارات", "وبعد أيام من توقيع الاتفاق، ..."): the event
word in that opening is the point the time is measured from, not the sentence's news, so a
date of the clause after the comma is the main clause's, never that event's
(data/assembly.json `measured_openers`)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules


@lru_cache(maxsize=4)
def load_measured_openers(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match, from a sentence's start up to an event word, for a word of order, a unit of
    time (perhaps with a count before or a word after it), a link and at most three words."""
    rules = load_assembly_rules(path)["measured_openers"]
    order = alternation(rules["order"])
    units = alternation(rules["units"])
    links = alternation(rules["links"])
    return re.compile(
        r"[\W_]*[وف]?(?:" + order + r")\s+(?:\w+\s+)?(?:" + units + r")\s+(?:\w+\s+)?(?:" + links
        + r")\s+(?:[^\s,،.]+\s+){0,3}$"
    )


def in_measured_opener(text: str, sentence_start: int, trigger_start: int) -> bool:
    """Whether the event word stands in the sentence's opening time measured from it."""
    return load_measured_openers().fullmatch(text, sentence_start, trigger_start) is not None
