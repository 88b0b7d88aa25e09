"""Phone calls counted as two or told as separate ("تلقى الأمير اتصالين هاتفيين من الرئيسين
التركي والفرنسي", "received two phone calls, from the Turkish and French presidents"): calls so
counted, with parties of several countries, are a call with each, one meeting per country, as
after "each of"; a single call of three leaders, a meeting of several, and a plain plural of calls
from several leaders (a round of congratulatory calls) stay one event (data/assembly.json
`counted_calls`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import ActorMention

_CLAUSE_END = re.compile(r"[،,.;:؛]")
_BEFORE = 10  # characters: a count or "separate" before the noun of calls that is the event word


@lru_cache(maxsize=4)
def load_counted_calls(path: Path = ASSEMBLY_RULES) -> tuple[int, re.Pattern[str]]:
    """How far after the event word a noun of calls may stand (`counted_calls.reach`) and a
    search for one, perhaps after و or ب (`counted_calls.words`)."""
    rules = load_assembly_rules(path).get("counted_calls", {})
    words = alternation(rules.get("words", ()), spaced=True)
    return int(rules.get("reach", 0)), re.compile(r"(?<![\w-])[وب]?(?:" + words + r")(?![\w-])", re.IGNORECASE)


def counted_calls(
    text: str, trigger: tuple[int, int], end: int, initiator: Sequence[ActorMention]
) -> re.Match[str] | None:
    """The noun of calls counted as two or separate that is the event word or stands at most `reach`
    characters after it in its clause, before `end`, told after the call's `initiator` (the one
    who made or took the calls, named before them); else none."""
    reach, calls = load_counted_calls()
    m = calls.search(text, max(0, trigger[0] - _BEFORE), min(end, trigger[1] + reach))
    if m is not None and m.end() <= trigger[0]:
        m = None  # a count before the event word belongs to it only when the word is the noun of calls
    if m is None or _CLAUSE_END.search(text, trigger[1], m.start()):
        return None
    if not initiator or any(a.start >= m.start() for a in initiator):
        return None
    return m
