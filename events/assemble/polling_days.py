"""A deed told on the polling day with no date of its own ("وكانت مدن القبائل قد شهدت يوم
الاقتراع مواجهات بين محتجين وقوات الأمن", "protesters clashed with police on polling day"), or
while the vote went on ("وسمع دوي انفجارات قرب المجمع أثناء عملية التصويت"), took place on the
day of the vote the article tells: the day of the last election told before it that is dated
to a day (data/assembly.json `polling_days`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import Event


@lru_cache(maxsize=4)
def load_polling_days(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for the words that name the polling day (`polling_days`)."""
    words = alternation(load_assembly_rules(path).get("polling_days", ()), spaced=True)
    return re.compile(r"(?<!\w)(?:" + words + r")(?!\w)", re.IGNORECASE)


def vote_of_the_day(text: str, cand: _Candidate, told: Sequence[Event]) -> Event | None:
    """The election whose day the candidate's sentence names as its polling day: the last one
    told before it dated to a day by the text; None when the sentence names no polling day,
    or tells an election itself."""
    if cand.event_type == "election":
        return None
    s, e = cand.sentence
    if load_polling_days().search(text, s, e) is None:
        return None
    return next(
        (
            ev
            for ev in reversed(told)
            if ev.event_type == "election" and ev.date_precision == "day" and ev.date_basis in ("explicit", "relative")
        ),
        None,
    )


def date_on_polling_day(event: Event, text: str, cand: _Candidate, told: Sequence[Event], spans: dict) -> None:
    """Date a publication-dated event told on the polling day by the day of that vote."""
    if event.date_basis != "publication":
        return
    vote = vote_of_the_day(text, cand, told)
    if vote is None:
        return
    event.date = vote.date
    event.date_precision = vote.date_precision
    event.date_basis = vote.date_basis
    spans["date"] = vote.spans.get("date")


def names_the_polling_day(text: str, start: int, end: int) -> bool:
    """Whether the words at `start`-`end` (an election's word) stand inside a name of the
    polling day ("يوم الاقتراع", "on election day"): a time, not a vote told."""
    return any(m.start() <= start and end <= m.end() for m in load_polling_days().finditer(text, max(0, start - 40), end + 5))
