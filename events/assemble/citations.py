"""Dates in a sentence that are not its event's: a cited report's day, a later plan's day, the
end of a term still to come."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules, load_citation, load_future_modals
from events.model import TimeMention
from events.text.lazy import LazyPattern


def _dates_a_citation(text: str, d: TimeMention) -> bool:
    """Whether an English time expression gives the day of a cited source ("..., according to a
    report published on 3 May", "an investigation released last week found that ..."): that day
    is when the report came out; what it tells happened before."""
    if not text[d.start : d.start + 1].isascii():
        return False
    return load_citation().search(text, max(0, d.start - 80), d.start) is not None


def _dated_only_by_citations(text: str, dates: list[TimeMention]) -> bool:
    """Whether every usable date of a sentence is a cited source's own day: the event it tells
    came before that report, on a day it does not give, so neither that day nor the article's
    is the event's."""
    usable = [d for d in dates if not d.recurring]
    return bool(usable) and all(_dates_a_citation(text, d) for d in usable)


def _dates_a_later_plan(text: str, trigger: tuple[int, int], d: TimeMention) -> bool:
    """Whether a time expression after the event word stands after a word that opens a plan
    between them ("CHP leader Ozel called the detention a political operation and said the
    party would hold a rally in Istanbul on Saturday"): it is the plan's day, not the event's."""
    if d.start < trigger[1] or load_future_modals().search(text, trigger[1], d.start) is None:
        return False
    # "Negotiations on the political track are due to resume in Tunisia next month": the event
    # word is the plan's own subject, and the day is when it is to be held, not another plan's
    return _OWN_PLAN.match(text, trigger[1], d.start) is None


# the rest of an English event noun's phrase, then a modal of the future and a verb of holding
_OWN_PLAN = LazyPattern(
    r"(?:\s+[\w'-]+){0,6}?\s+"
    r"(?:will|would|(?:is|are)\s+(?:due|expected|set|scheduled|slated)\s+to)\s+"
    r"(?:resume|be\s+held|take\s+place|start|begin|convene|reconvene|be\s+resumed|open)(?![\w-])"
)


@lru_cache(maxsize=4)
def load_term_bounds(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search, anchored at the end, for a word of a bound in time (data/assembly.json
    `term_bounds.words`: حتى، until) and the spaces after it."""
    words = alternation(load_assembly_rules(path).get("term_bounds", {}).get("words", ()), spaced=True)
    return re.compile(r"(?<![^\W\d_])(?:" + words + r")\s+$")


def bounds_a_later_term(text: str, trigger: tuple[int, int], d: TimeMention, published: str | None) -> bool:
    """Whether a time expression after the event word, right after a word of a bound in time,
    is later than the publication ("تكليف البشير برئاسة الحكومة الانتقالية حتى الأول من مارس
    المقبل", "named interim leader until March next year"): the end of the term the deed opens,
    not the time of the deed told done."""
    if published is None or d.start < trigger[1] or not d.value or d.value <= published[: len(d.value)]:
        return False
    return load_term_bounds().search(text, max(trigger[1], d.start - 20), d.start) is not None
