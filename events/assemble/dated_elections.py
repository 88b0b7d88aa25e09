"""An election and a taking of office told in one sentence ("won the October 30 election and
was sworn in on January 1", "formed a government after winning the November 1 election",
"فاز في انتخابات 30 أكتوبر وأدى اليمين في الأول من يناير"): when the election's word carries
a date of its own, right before it (perhaps past one qualifying word: the October 30
presidential election) or right after it past a preposition (`dated_elections.after` of
data/assembly.json: the election on October 30, انتخابات في 15 سبتمبر), the vote and the
office are two events of two days, and neither absorbs the other."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import TimeMention
from events.text.normalize import fold_str

_WORD = re.compile(r"[^\W_]+")


@lru_cache(maxsize=4)
def load_dated_elections(path: Path = ASSEMBLY_RULES) -> dict[str, frozenset[str]]:
    """data/assembly.json `dated_elections`: the types that pair (`types`), the words between
    an election's word and a date after it (`after`), the election nouns after a verb of
    winning (`nouns`) and the words that set a date before the word apart (`not_between`)."""
    rules = load_assembly_rules(path).get("dated_elections", {})
    return {k: frozenset(fold_str(w) for w in rules.get(k, ())) for k in ("types", "after", "nouns", "not_between")}


def _gap_words(text: str, lo: int, hi: int) -> list[str] | None:
    """The words between two positions, or None when punctuation stands between."""
    gap = text[lo:hi]
    if any(ch in gap for ch in ",،.;؛:()\"«»"):
        return None
    return _WORD.findall(gap)


def _election_span(text: str, trigger: tuple[int, int]) -> tuple[int, int]:
    """The event word, stretched to an election noun (`nouns`) within four words after it
    when the word is a verb of winning ("won the October 30 election")."""
    nouns = load_dated_elections()["nouns"]
    for k, m in enumerate(_WORD.finditer(text, trigger[1], min(len(text), trigger[1] + 60))):
        if k >= 4 or any(ch in text[trigger[1] : m.start()] for ch in ",،.;؛:"):
            break
        if fold_str(m.group()) in nouns:
            return trigger[0], m.end()
    return trigger


def _dated_word(text: str, trigger: tuple[int, int], dates: Sequence[TimeMention]) -> bool:
    """Whether the election is told by a noun of `nouns` (perhaps after a verb of winning) and
    a date stands inside the election's words, right before them (one qualifying
    word at most between, none of `not_between`) or right after them (nothing between, or a
    word of `after` first)."""
    rules = load_dated_elections()
    lo, hi = _election_span(text, trigger)
    if (lo, hi) == trigger and fold_str(text[lo:hi]) not in rules["nouns"]:
        return False  # a verb told alone ("on Thursday elected"): the sentence's one deed
    for d in dates:
        if d.recurring:
            continue
        if lo <= d.start and d.end <= hi:
            return True
        if d.end <= lo and lo - d.end < 40:
            gap = _gap_words(text, d.end, lo)
            if gap is not None and len(gap) <= 1 and not any(fold_str(w) in rules["not_between"] for w in gap):
                return True
        elif d.start >= hi and d.start - hi < 20:
            gap = _gap_words(text, hi, d.start)
            if gap is not None and len(gap) <= 2 and (not gap or fold_str(gap[0]) in rules["after"]):
                return True
    return False


def election_of_its_own(text: str, c: _Candidate, best: _Candidate, dates: Sequence[TimeMention]) -> bool:
    """Whether `c` and the sentence's `best` are an election and a taking of office, and the
    election's word carries a date of its own."""
    types = load_dated_elections()["types"]
    if {c.event_type, best.event_type} != types:
        return False
    election = c if c.event_type == "election" else best
    return _dated_word(text, election.trigger, dates)
