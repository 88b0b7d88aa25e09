"""A deed listed among the demands or conditions put to someone ("قدمت الدول الأربع 13 مطلبا،
من بينها قطع العلاقات مع إيران", "a list of demands, including cutting ties with Iran") is what
is asked of them, not a deed told as done: no event (data/assembly.json `demanded_items`)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules

_WORD = r"[^\s.!?؟;:؛,،]+"


@lru_cache(maxsize=4)
def _pattern(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A noun of demands (`nouns`), at most `before` words (perhaps with commas: the demands
    described before their items), perhaps a comma, a word that opens
    the items (`inclusions`) and at most `after` words of the list, perhaps with commas, ending
    right before the event word."""
    rules = load_assembly_rules(path).get("demanded_items", {})
    nouns = alternation(rules.get("nouns", ()), spaced=True)
    inclusions = alternation(rules.get("inclusions", ()), spaced=True)
    before, after = int(rules.get("before", 6)), int(rules.get("after", 6))
    return re.compile(
        r"(?<![\w-])[وبل]?(?:" + nouns + r")(?![\w-])"
        + r"(?:\s*[,،]?\s+" + _WORD + r"){0," + str(before) + r"}\s*[,،]?\s*"
        + r"(?<![\w-])[و]?(?:" + inclusions + r")"
        + r"(?:\s*[,،]?\s+" + _WORD + r"){0," + str(after) + r"}\s*[,،]?\s+$",
        re.IGNORECASE,
    )


def demanded_item(text: str, sentence_start: int, start: int) -> bool:
    """Whether the event word beginning at `start` is an item of a list of demands or
    conditions its sentence puts to someone."""
    return _pattern().search(text, max(sentence_start, start - 400), start) is not None
