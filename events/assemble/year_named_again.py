"""An English deed told by a bare "the" and its noun with no date of its own, and named again in
the same sentence with a year before the same noun ("Morocco has ended the truce, ... no longer
bound by the 1991 UN-brokered truce"): the year is the deed's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from events.model import Event, TimeMention

# "the 1991 truce", "the 1991 UN-brokered truce": a year after "the" and up to two words before the noun
_YEAR_NAMED = r"\bthe\s+(?P<year>\d{{4}})\s+(?:[\w-]+\s+){{0,2}}{noun}\b"


def dated_by_the_year_naming_it_again(events: Sequence[Event], text: str, dates: Sequence[TimeMention]) -> None:
    """Give an English event dated by the publication, told by "the" right before its noun, the
    year of the same noun named again after it in its sentence (`_YEAR_NAMED`)."""
    for ev in events:
        if ev.language != "en" or ev.date_basis != "publication" or "trigger" not in ev.spans:
            continue
        t0, t1 = ev.spans["trigger"]
        noun = text[t0:t1]
        if not re.fullmatch(r"[a-z]+", noun) or not re.search(r"\bthe\s+$", text[max(0, t0 - 6) : t0]):
            continue
        end = ev.spans["quote"][1]
        m = re.compile(_YEAR_NAMED.format(noun=re.escape(noun))).search(text, t1, end)
        if m is None:
            continue
        year = next(
            (d for d in dates if d.start == m.start("year") and d.precision == "year" and not d.recurring), None
        )
        if year is None or (ev.published is not None and year.value > ev.published[:4]):
            continue
        ev.date, ev.date_precision, ev.date_basis = year.value, "year", year.basis  # type: ignore[assignment]
        ev.spans["date"] = [year.start, year.end]
