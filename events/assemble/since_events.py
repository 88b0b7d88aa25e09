"""A deed told as going on since a catalogued event ("The group has fired missiles towards Eilat
since the October 7 Hamas attack", "منذ هجوم 7 أكتوبر"): with no date of its own, it began in the
month of that event, not on the day of the publication. The deed named after "since" was done
before the article was written (`told_since`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from events.assemble.rules import load_since_comparisons
from events.assemble.text import _Candidate
from events.model import Event, ReferenceMention
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str

_SINCE = LazyPattern(r"(?<![^\W\d_])(?:since|منذ)\s+(?:the\s+)?\Z", re.IGNORECASE)
# "since" and at most two words before an event word ("منذ إجراء الانتخابات", "since the parliamentary elections")
_SINCE_BEFORE = LazyPattern(r"(?<![^\W\d_])(?:since|[وف]?منذ)\s+(?:[^\s.،,;:]+\s+){0,2}\Z", re.IGNORECASE)
_SINCE_REACH = 40  # characters looked at before the event word


def take_catalogued_month(event: Event, r: ReferenceMention, spans: dict) -> bool:
    """Date `event` by the month of the catalogued event `r`, unless that event is later than
    the publication. Whether it was so dated."""
    if event.published and r.date[:10] > event.published:
        return False
    event.date, event.date_precision, event.date_basis = r.date[:7], "month", "reference"
    event.end_date = None
    spans["date"] = [r.start, r.end]
    return True


def date_since_catalogued(
    event: Event, text: str, cand: _Candidate, references: Sequence[ReferenceMention], spans: dict
) -> None:
    """Date a publication-dated event by the month of a catalogued event named right after
    "since" after its word in its sentence, when that event is no later than the publication."""
    if event.date_basis != "publication":
        return
    s, e = cand.sentence
    for r in references:
        if not (cand.trigger[1] <= r.start < e) or r.precision == "year":
            continue
        since = _SINCE.search(text, max(s, r.start - 12), r.start)
        if since is None or _ranked_before(text, max(s, since.start() - 60), since.start()):
            continue  # "the fifth parliamentary vote since the 2003 invasion": the count's start, not its time
        if take_catalogued_month(event, r, spans):
            return


def _ranked_before(text: str, start: int, end: int) -> bool:
    """Whether a word of rank or comparison (`since_comparisons`: first, fifth, largest, الأعنف)
    stands among the five words before "since": the time compared with, not the deed's."""
    comparisons = load_since_comparisons()
    words = text[start:end].split()
    if start > 0 and not text[start - 1].isspace() and words and not text[start].isspace():
        words = words[1:]  # a word cut by the reach ("almost" read from its "most")
    return any(fold_str(w).strip(".,،;:").lower() in comparisons for w in words[-5:])


def told_since(text: str, cand: _Candidate) -> bool:
    """Whether the event word follows "since" in its clause ("منذ الانتخابات البرلمانية", "since the
    parliamentary elections"): a deed already done when the article was written, whatever the
    catalog holds of that kind still to come."""
    start = cand.trigger[0]
    return _SINCE_BEFORE.search(text, max(cand.sentence[0], start - _SINCE_REACH), start) is not None
