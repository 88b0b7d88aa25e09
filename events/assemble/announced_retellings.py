"""A definite event word that a verb of announcing takes as its object, perhaps after a word of
its start ("Jubeir announced the start of the military operation at a news conference in
Washington late on Wednesday", «أعلن ... بدء العملية العسكرية», "Zarif and Mogherini announced
the deal", «أعلن ... عن الاتفاق»), after the article has told a deed of its type in a sentence
before, is that deed told again: one event per real-world event, kept where the deed is told,
with its own sides and place (the announcer and the place of the announcement are none of
them), and dated by the better date of the two (data/assembly.json `announced_retellings`)."""

from __future__ import annotations

from events.assemble.announcing import told_as_announced
from events.assemble.dedupe import _BASIS_RANK, _told_as_another
from events.assemble.text import _PRECISION_RANK, event_day
from events.model import Event

_DAYS_APART = 1  # the announcement may come a day before or after the deed told (a news conference abroad)


def _dates_near(a: Event, b: Event) -> bool:
    """Whether two tellings' dates can be one deed's: the same day or a day apart, or one of them
    dated only by the publication, on or after the other's day."""
    day_a, day_b = event_day(a), event_day(b)
    if day_a is None or day_b is None:
        return False
    if "publication" in (a.date_basis, b.date_basis):
        dated, undated = (b, a) if a.date_basis == "publication" else (a, b)
        return dated.date_basis != "publication" and 0 <= (event_day(undated) - event_day(dated)).days <= _DAYS_APART  # type: ignore[operator]
    return abs((day_a - day_b).days) <= _DAYS_APART


def _deed_told_before(announced: Event, events: list[Event]) -> Event | None:
    """The one deed of the announced word's type told in a sentence before it, sharing one of
    its countries, on a date near its own (`_dates_near`), not told as another of its type."""
    quote = announced.spans.get("quote")
    if not quote:
        return None
    told = [
        e
        for e in events
        if e is not announced
        and e.event_type == announced.event_type
        and (q := e.spans.get("quote"))
        and q[1] <= quote[0]
        and set(e.countries) & set(announced.countries)
        and _dates_near(e, announced)
        and not _told_as_another(e)
    ]
    return told[0] if len(told) == 1 else None


def _rank(event: Event) -> tuple[int, int]:
    return _BASIS_RANK.get(event.date_basis or "", 0), _PRECISION_RANK.get(event.date_precision or "", 0)


def without_announced_retellings(events: list[Event]) -> list[Event]:
    """The events less each definite word told as announced (`told_as_announced`) that retells a
    deed told before (`_deed_told_before`): its sentence joins that deed's sources, and the deed
    takes its date when that date is the better (a day the text gives, where the deed had only
    the publication's)."""
    kept: list[Event] = []
    for ev in events:
        deed = _deed_told_before(ev, events) if told_as_announced(ev) else None
        if deed is None:
            kept.append(ev)
            continue
        deed.sources = [*deed.sources, *ev.sources]
        if _rank(ev) > _rank(deed):
            deed.date, deed.date_precision, deed.date_basis = ev.date, ev.date_precision, ev.date_basis
            if "date" in ev.spans:
                deed.spans["date"] = ev.spans["date"]
    return kept
