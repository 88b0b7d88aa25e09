"""A deed told by a verb in the past, then a word of after in its clause and a catalogued deed done
by the other side ("Israel launched its offensive in Gaza after the October 7 attack", «شنت
إسرائيل هجومها على غزة بعد هجوم 7 أكتوبر»): two deeds, the later one answering the earlier. The
catalogued name after the word of after is the earlier deed, told in passing, and not what the
event word tells: the event word is not linked to it (`before_the_after`, read in dating.py).
With no time of its own, the later deed came soon after the earlier one, in its month (as a deed
after a dated one does, after_dates.py), unless a counted span stands with the word of after
("two months after", «بعد شهرين من»): then it is dated by the publication. A deed of the same
doer after it ("Hamas fired more rockets after the October 7 attack") is left to what the catalog
reads; but an act of office after one of its own state ("Adly Mansour was sworn in, hours after the
military ousted Mohammed Morsi") is one more act, each a deed of its own (dating.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from events.assemble.after_dates import _CLAUSE_END, _past_verb, load_after_dates
from events.assemble.since_events import take_catalogued_month
from events.assemble.text import _Candidate
from events.model import Event, ReferenceMention
from events.text.lazy import LazyPattern

# what may stand between the word of after and the catalogued name: the article, or nothing
_NAME_OPENS = LazyPattern(r"\s+(?:the\s+)?\Z", re.IGNORECASE)


def by_the_other_side(event: Event, countries: Sequence[str]) -> bool:
    """Whether the catalogued deed of `countries` (its doer's first) was done by the side
    `event`'s doer faces: the event's doer is one of them, but not the first."""
    if event.actor1 is None or not event.countries or not countries:
        return False
    doer = event.countries[0]
    return doer != countries[0] and doer in countries


def _after_word(text: str, cand: _Candidate) -> int | None:
    """Where the word of after in the event word's clause, past the event word, begins; None when
    there is none."""
    inner, _, _ = load_after_dates()
    found = inner.search(text, cand.trigger[1], cand.sentence[1])
    if found is None or _CLAUSE_END.search(text, cand.trigger[1], found.start()) is not None:
        return None
    return found.start()


def soon_after(text: str, cand: _Candidate) -> bool:
    """Whether the event word's clause has a word of after past it with no counted span before or
    right after it ("two months after", "بعد شهرين من"): the deed came soon after what follows."""
    inner, span, span_after = load_after_dates()
    at = _after_word(text, cand)
    if at is None or span.search(text, cand.trigger[1], at) is not None:
        return False
    found = inner.match(text, at)
    return found is not None and span_after.match(text, found.end()) is None


def before_the_after(told: str, cand: _Candidate, text: str) -> str | None:
    """`told` (the event word's sentence, from its start) blanked from the word of after in the
    event word's clause on, for a deed told by a verb in the past; None when there is none."""
    if not _past_verb(cand):
        return None
    at = _after_word(text, cand)
    if at is None:
        return None
    cut = at - cand.sentence[0]
    return told[:cut] + " " * (len(told) - cut)


def date_after_catalogued(
    event: Event, text: str, cand: _Candidate, references: Sequence[ReferenceMention], spans: dict
) -> bool:
    """Date a publication-dated deed told by a verb in the past by the month of a catalogued
    deed of the other side (`by_the_other_side`) named right after the word of after in its
    clause (`soon_after`: not "two months after"), when that deed is no later than the
    publication. Whether it was so dated."""
    if event.date_basis != "publication" or not _past_verb(cand) or not soon_after(text, cand):
        return False
    inner, _, _ = load_after_dates()
    found = inner.match(text, _after_word(text, cand) or 0)
    for r in references:
        if found is None or r.start < found.end() or r.start >= cand.sentence[1] or r.precision == "year":
            continue
        if _NAME_OPENS.search(text, found.end(), r.start) is None or not by_the_other_side(event, r.countries):
            continue
        if take_catalogued_month(event, r, spans):
            return True
    return False
