"""What a visit's next sentence tells of the visitor: the same visit.

Wires tell a visit's arrival, then in the very next sentence what the visitor did there: "Sheikh
Mohamed began a state visit to France today. His Highness held talks with President Macron at
the Elysee" ("وعقد سموه جلسة مباحثات مع الرئيس ماكرون"), "King Charles arrived in Kenya on
Monday night for a four-day state visit. On Tuesday he was welcomed by President Ruto at State
House". A meeting of the next sentence whose only country is the one visited, on the visit's day
(its visitor told by a pronoun or a title, so no country of his own), is the visit's talks; a
visit of the next sentence between the same countries, a day or a few after the arrival, is the
same visit's next day (GUIDELINES: a visit in which the visitor meets people is one visit).
"""

from __future__ import annotations

from datetime import date

from events.model import Event

SEQUEL_GAP = 3  # characters between two sentences told one after the other (". ", ".\n")
VISIT_SPAN_DAYS = 3  # the days after its start a visit's next sentence may still tell


def _told_right_after(first: Event, second: Event) -> bool:
    """Whether `second` is told in the sentence right after `first`'s."""
    a, b = first.spans.get("quote"), second.spans.get("quote")
    return bool(a and b) and 0 <= b[0] - a[1] <= SEQUEL_GAP


def _day(event: Event) -> date | None:
    if event.date_precision != "day" or not event.date:
        return None
    try:
        return date.fromisoformat(event.date[:10])
    except ValueError:
        return None


def _visited(visit: Event) -> str | None:
    return (visit.location or {}).get("country")


def talks_told_next(visit: Event, meeting: Event) -> bool:
    """Whether a meeting told right after the visit, on its day, names no country but the one
    visited: the visitor's talks there."""
    if visit.event_type != "visit" or meeting.event_type != "meeting" or not _told_right_after(visit, meeting):
        return False
    visited = _visited(visit)
    if not visited or set(meeting.countries) != {visited}:
        return False
    day, talks = _day(visit), _day(meeting)
    return day is not None and talks == day


def next_day_told_next(visit: Event, later: Event) -> bool:
    """Whether a visit told right after another, between the same countries, a day or a few
    after it, is that visit's next day."""
    if visit.event_type != "visit" or later.event_type != "visit" or not _told_right_after(visit, later):
        return False
    if not set(later.countries) <= set(visit.countries) or len(later.countries) < 2:
        return False
    if not set(later.actors) & set(visit.actors):
        return False
    start, then = _day(visit), _day(later)
    return start is not None and then is not None and 0 < (then - start).days <= VISIT_SPAN_DAYS
