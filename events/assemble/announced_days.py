"""An Arabic verb of announcing dated by a day of its own, with the deed it announces told
after it and dated by another, earlier day after the deed's word ("أعلن الجيش، الأحد، عن
تنفيذ غارة جوية على هدف في المدينة، السبت"): the first day is the announcement's, the second
the deed's (`announced_days` of data/assembly.json)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import TimeMention


@lru_cache(maxsize=4)
def load_not_deed_days(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A search for a relative pronoun opening a clause, and a match of a word of since ending
    right before a day (`announced_days` `relatives`, `since`)."""
    rules = load_assembly_rules(path).get("announced_days", {})
    relatives = re.compile(r"(?<![\w])[وف]?(?:" + alternation(rules.get("relatives", ())) + r")(?![\w])")
    since = re.compile(r"(?<![\w])[وف]?(?:" + alternation(rules.get("since", ())) + r")\s+\Z")
    return relatives, since


@lru_cache(maxsize=4)
def load_announcing_verbs(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], int, int]:
    """The verbs of announcing (with و/ف or not), the most characters between one and the
    day that dates it, and the most between the deed's word and its own day."""
    rules = load_assembly_rules(path).get("announced_days", {})
    verbs = alternation(rules.get("verbs", ()))
    pattern = re.compile(r"(?<![\w])[وف]?(?:" + verbs + r")(?![\w])")
    return pattern, int(rules.get("verb_gap", 60)), int(rules.get("deed_gap", 80))


def day_of_the_deed_announced(
    text: str, cand: _Candidate, chosen: TimeMention | None, dates: Sequence[TimeMention]
) -> TimeMention | None:
    """The day after the event word that dates the deed when `chosen` (or, with none, the
    sentence's last date before the word), a day before it, dates a verb of announcing right before it in the sentence; None otherwise. The deed's day
    must come before the announcement's, with no other verb of announcing between the word
    and it, no relative clause opening between them, and no word of since right before it."""
    if chosen is None:  # the announcement's day outside the word's own clause
        before = [d for d in dates if cand.sentence[0] <= d.start and d.end <= cand.trigger[0]]
        chosen = before[-1] if before else None
    if chosen is None or chosen.precision != "day" or chosen.end > cand.trigger[0] or chosen.start < cand.sentence[0]:
        return None
    verbs, verb_gap, deed_gap = load_announcing_verbs()
    if verbs.search(text, max(cand.sentence[0], chosen.start - verb_gap), chosen.start) is None:
        return None
    if verbs.search(text, chosen.end, cand.trigger[0]) is not None:
        return None  # a second saying between the day and the word: the day is not this deed's announcement
    for d in dates:
        if d.start < cand.trigger[1] or d.end > cand.sentence[1] or d.start - cand.trigger[1] > deed_gap:
            continue
        if d.precision != "day" or d.recurring or not d.value < chosen.value:
            continue
        if verbs.search(text, cand.trigger[1], d.start) is not None:
            continue
        relatives, since = load_not_deed_days()
        # (a relative clause a comma closes before the day leaves the day the deed's)
        opens = max(text.rfind(",", cand.trigger[1], d.start), text.rfind("،", cand.trigger[1], d.start), cand.trigger[1])
        if relatives.search(text, opens, d.start) is not None or since.search(text, max(0, d.start - 8), d.start):
            continue  # "المحتجين الذين يملؤون الساحات منذ 17 أكتوبر": another verb's day, a state's onset
        return d
    return None
