"""Dates in a sentence that are not its event's: a cited report's day, a later plan's day, the
end of a term still to come."""

from __future__ import annotations

from events.assemble.rules import load_citation, load_future_modals, load_span_ends
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


def _ends_a_span(text: str, d: TimeMention) -> bool:
    """Whether a time expression is the end of a span the event lasts to ("a court ordered him
    held in custody until May 29", «قررت النيابة حبسه حتى 15 أبريل»): the event began before
    it, so that time is no date of the event (a span written whole, "from May 2 until May 16",
    is one time expression whose start the event keeps)."""
    return load_span_ends().search(text, max(0, d.start - 30), d.start) is not None


# the rest of an English event noun's phrase, then a modal of the future and a verb of holding
_OWN_PLAN = LazyPattern(
    r"(?:\s+[\w'-]+){0,6}?\s+"
    r"(?:will|would|(?:is|are)\s+(?:due|expected|set|scheduled|slated)\s+to)\s+"
    r"(?:resume|be\s+held|take\s+place|start|begin|convene|reconvene|be\s+resumed|open)(?![\w-])"
)

