"""A deed told as so many days before a day the sentence names right before the count
("Tunisia extended a curfew on Tuesday, a day after jihadists launched attacks", "on
Thursday, two days after gunmen attacked"): the day named is the main clause's, so the
deed took place that many days before it, whatever event the main clause tells or does not."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from events.assemble.text import _DAYS_AFTER_REACH, _Candidate, _days_counted, days_after
from events.model import Event, TimeMention

# between the day named and the count: a comma, perhaps, and spaces
_JOINED = re.compile(r"\s*[,،]?\s*")


def _counted_from(text: str, cand: _Candidate, dates: Sequence[TimeMention]) -> tuple[TimeMention, int, int] | None:
    """(the day named right before "two days after" in the sentence of `cand`, the days counted,
    where the count ends)."""
    m = days_after(text, max(cand.sentence[0], cand.trigger[0] - _DAYS_AFTER_REACH), cand.trigger[0])
    if m is None or (days := _days_counted(m)) is None:
        return None
    day = next(
        (
            d
            for d in dates
            if d.precision == "day"
            and not d.recurring
            and d.start >= cand.sentence[0]
            and _JOINED.fullmatch(text, d.end, m.start()) is not None
        ),
        None,
    )
    return None if day is None else (day, days, m.end())


def counted_back_from_a_day(text: str, cand: _Candidate, dates: Sequence[TimeMention]) -> bool:
    """Whether the deed is told as so many days before a day its sentence names right before
    the count ("on Friday, two days after his troops detained the president"): dated by it,
    a circumstance of the sentence is a deed of a known day, not one recalled undated."""
    return _counted_from(text, cand, dates) is not None


def date_counted_back(event: Event, text: str, cand: _Candidate, dates: Sequence[TimeMention], spans: dict) -> None:
    """Date a publication-dated deed after "a day after", "two days after" by the day named
    right before that count in its sentence, less the days counted."""
    found = _counted_from(text, cand, dates)
    if found is None:
        return
    day, days, count_end = found
    event.date = (date.fromisoformat(day.value[:10]) - timedelta(days=days)).isoformat()
    event.date_precision = "day"
    event.date_basis = "relative"
    spans["date"] = [day.start, count_end]
