"""Talks told as under way ("مفاوضات تجري مع الجانب التركي", "المحادثات جارية"; "negotiations
are under way with the Turkish side", "talks are ongoing") are going on as the article is
written: a source that reports them tells the day's news, not hearsay of a past deed
(data/assembly.json `talks_under_way`). Talks planned, hoped for or called for are not under way
(their cue makes them no asserted event before this is asked)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate

_REACH = 30  # characters between the noun of talks and the word that tells them under way


@lru_cache(maxsize=4)
def load_talks_under_way(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A search for a word telling talks under way right after their noun (`after`: تجري، جارية;
    are under way, are ongoing), and one anchored at the end of the text before it (`before`:
    تجري، تتواصل; ongoing)."""
    rules = load_assembly_rules(path).get("talks_under_way", {})
    after = alternation(rules.get("after", ()), spaced=True)
    before = alternation(rules.get("before", ()), spaced=True)
    return (
        re.compile(r"\s+(?:" + after + r")(?![^\W\d_])", re.IGNORECASE),
        re.compile(r"(?<![^\W\d_])[وف]?(?:" + before + r")\s+$", re.IGNORECASE),
    )


def talks_under_way(text: str, cand: _Candidate) -> bool:
    """Whether the meeting's noun is told as under way by a word right after or right before it."""
    if cand.event_type != "meeting" or cand.tense or cand.reference_id is not None:
        return False
    after, before = load_talks_under_way()
    start, end = cand.trigger
    return after.match(text, end, min(len(text), end + _REACH)) is not None or (
        before.search(text, max(cand.sentence[0], start - _REACH), start) is not None
    )
