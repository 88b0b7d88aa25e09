"""A year told by a word of the calendar and told again, in the same clause, by a month or a day
written with that year ("أقيم التمرين العام الماضي في موريتانيا في فبراير 2019", "the drills were
held last year in Mauritania in February 2019"): the finer time is the one the clause gives its
deed; the year only places it. A finer time that does not write the year ("on Tuesday") may be
another deed's, and leaves the year alone."""

from __future__ import annotations

from collections.abc import Sequence

from events.model import TimeMention
from events.text.normalize import to_ascii_digits


def _writes_its_year(d: TimeMention) -> bool:
    return d.value[:4] in to_ascii_digits(d.text)


def refined_year(chosen: TimeMention | None, own: Sequence[TimeMention]) -> TimeMention | None:
    """Of the clause's own times (`own`), a month or day written with its year inside the year
    `chosen` tells, the first; else `chosen`."""
    if chosen is None or chosen.precision != "year" or chosen.recurring:
        return chosen
    finer = [
        d
        for d in own
        if d.precision in ("month", "day")
        and d.basis == "explicit"
        and not d.recurring
        and d.value.startswith(chosen.value)
        and _writes_its_year(d)
    ]
    return min(finer, key=lambda d: d.start) if finer else chosen
