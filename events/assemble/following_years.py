"""An English deed told as done the year after the year its sentence gave before it ("The
Houthis seized the capital Sanaa in 2014, and a Saudi-led coalition intervened the following
year"): that year plus one, not the year told for the deed before it (data/assembly.json
`following_years`)."""

from __future__ import annotations

from collections.abc import Sequence

from events.assemble.rules import load_following_years
from events.assemble.text import _Candidate, latest_date_between
from events.model import Event, TimeMention


def date_by_the_following_year(
    event: Event, text: str, cand: _Candidate, dates: Sequence[TimeMention], spans: dict
) -> None:
    """Date an English event whose word a phrase of the following year follows by the year
    after the latest date told before the word in its sentence."""
    if event.language != "en":
        return
    m = load_following_years().match(text, cand.trigger[1], cand.sentence[1])
    if m is None:
        return
    d = latest_date_between(dates, cand.sentence[0], cand.trigger[0])
    if d is None:
        return
    year = str(int(d.value[:4]) + 1)
    if event.published and year > event.published[:4]:
        return
    event.date, event.date_precision, event.date_basis = year, "year", d.basis  # type: ignore[assignment]
    event.end_date = None
    spans["date"] = [m.start(), m.end()]
