"""A deed told in the progressive in the that-clause of an announcement dated by a day
("Algeria announced on Tuesday that it was cutting diplomatic relations with Morocco"): the
deed is under way as it is announced, so the announcement's day is its own, not the day of
the publication (data/assembly.json `ongoing_announcements`). A short phrase of its medium may
stand between the verb of saying and its day ("announced on state television on Monday")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from events.assemble.rules import load_ongoing_announcements
from events.assemble.text import _Candidate
from events.model import Event, TimeMention
from events.text.lazy import LazyPattern

_REACH = 60  # characters between the announcement's date and the event word
# the date, then "that" and a subject of at most four words, with no clause break
_THAT_CLAUSE = LazyPattern(r"\s*,?\s+that\s+(?:[^\W\d_][\w'’-]*\s+){1,4}\Z", re.IGNORECASE)


def date_by_ongoing_announcement(
    event: Event, text: str, cand: _Candidate, dates: Sequence[TimeMention], spans: dict
) -> None:
    """Date a publication-dated English event by the day of the announcement whose
    that-clause tells it in the progressive."""
    if event.date_basis != "publication" or event.language != "en":
        return
    saying, auxiliary = load_ongoing_announcements()
    t0 = cand.trigger[0]
    if auxiliary.search(text, max(cand.sentence[0], t0 - 8), t0) is None:
        return
    for d in reversed(dates):
        if d.precision != "day" or d.recurring or d.end > t0 or t0 - d.end > _REACH or d.start < cand.sentence[0]:
            continue
        if saying.search(text, max(cand.sentence[0], d.start - 60), d.start) is None:
            continue
        if _THAT_CLAUSE.match(text[d.end : t0]) is None:
            continue
        event.date, event.date_precision, event.date_basis = d.value, d.precision, d.basis  # type: ignore[assignment]
        spans["date"] = [d.start, d.end]
        return
