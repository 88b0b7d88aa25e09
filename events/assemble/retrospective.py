"""An English article that tells no news of its days: its undated events are background."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from events.model import Event, TimeMention

# how many events dated a year or more before the publication make an article a retelling
_OLD_EVENTS = 3
# how near the publication a date the text gives makes it the article's own news
_RECENT_DAYS = 31


def _days_since_latest_day(value: str | None, published: date) -> int | None:
    """Days from the latest day a date of any precision may be (a year's last, a month's 28th)
    to the publication."""
    if not value:
        return None
    latest = {4: "-12-31", 7: "-28"}.get(len(value[:10]), "")
    try:
        return (published - date.fromisoformat(value[:10] + latest)).days
    except ValueError:
        return None


def _retelling(events: list[Event], published: str | None, language: str | None) -> bool:
    """Whether an English article retells the past rather than reporting its days (an analysis
    of the uprisings of 2011, a look back over a decade): none of its events is dated by a
    relative word or by a date within a month of the publication, and at least `_OLD_EVENTS`
    are dated, by the text or the catalog, a year or more before it."""
    if language != "en" or not published:
        return False
    try:
        day = date.fromisoformat(published[:10])
    except ValueError:
        return False
    old = 0
    for event in events:
        if event.date_basis == "relative":
            return False
        if event.date_basis not in ("explicit", "reference"):
            continue
        before = _days_since_latest_day(event.date, day)
        if before is not None and before <= _RECENT_DAYS:
            return False
        if before is not None and before >= 365:
            old += 1
    return old >= _OLD_EVENTS


def _names_a_recent_day(dates: Sequence[TimeMention], published: str | None) -> bool:
    """Whether the text names a day by a relative word within `_RECENT_DAYS` before the
    publication ("The agreement was announced on Friday"): it reports its days, even when no
    event it keeps is dated by that word."""
    try:
        day = date.fromisoformat((published or "")[:10])
    except ValueError:
        return False
    for d in dates:
        if d.basis != "relative" or d.precision != "day" or d.recurring:
            continue
        before = _days_since_latest_day(d.value, day)
        if before is not None and 0 <= before <= _RECENT_DAYS:
            return True
    return False


def _without_undated_retold(
    events: list[Event], published: str | None, language: str | None, dates: Sequence[TimeMention] = ()
) -> list[Event]:
    """The events of an article that `_retelling` finds a retelling of the past, less those
    dated only by the publication ("Within weeks, protesters forced Ben Ali to flee"; "Turkey
    sent troops into the north"): they are background of years before, not the day's news.
    An article that names a recent day by a relative word (`dates`) is not a retelling."""
    if not _retelling(events, published, language) or _names_a_recent_day(dates, published):
        return events
    return [e for e in events if e.date_basis != "publication"]
