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


def date_counted_back(event: Event, text: str, cand: _Candidate, dates: Sequence[TimeMention], spans: dict) -> None:
    """Date a publication-dated deed after "a day after", "two days after" by the day named
    right before that count in its sentence, less the days counted."""
    m = days_after(text, max(cand.sentence[0], cand.trigger[0] - _DAYS_AFTER_REACH), cand.trigger[0])
    if m is None or (days := _days_counted(m)) is None:
        return
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
    if day is None:
        return
    event.date = (date.fromisoformat(day.value[:10]) - timedelta(days=days)).isoformat()
    event.date_precision = "day"
    event.date_basis = "relative"
    spans["date"] = [day.start, m.end()]
