"""A deed told on "the same day" (مساء اليوم نفسه، later that day, that same evening) in a text
that names no time before it for that phrase to take up: the day of the deed told just before
it, which the text dates otherwise (by the catalog: «قتل 235 في هجوم على مسجد الروضة خلال صلاة
الجمعة. وشنت القوات الجوية مساء اليوم نفسه غارات»), not the publication's day (the phrases of a
day in `same_as_before.day` of calendar.json; those of a gathering, "at the same meeting", take
up a gathering, not a day)."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.text import _Candidate
from events.model import Event, TimeMention
from events.temporal import CALENDAR_PATH

# the words that make a phrase of `same_as_before.day` one of a day, not of a gathering
_DAY_WORDS = ("day", "night", "evening", "morning", "afternoon", "اليوم", "الليلة", "ليلة", "ليل")


# "The diplomatic breakthrough came on the same day": a sentence opening on a noun that takes up
# the news, told as happening on the day of the deed of the clause after the phrase
_CAME_ON_THE_DAY = re.compile(r"\s*(?:The|This|That)\s+(?:[\w-]+\s+){0,3}(?:came|comes|occurred|happened|took\s+place)\s+on\s+")
_DEED_CLAUSE = re.compile(r"\s+(?:that|as|when)\s", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_same_day_words(path: Path = CALENDAR_PATH) -> re.Pattern[str]:
    """A search for a phrase of the same day (calendar.json `same_as_before.day`, those naming a
    day or a part of it)."""
    with path.open(encoding="utf-8") as f:
        words = json.load(f).get("same_as_before", {}).get("day", [])
    days = sorted((w for w in words if any(d in w.split() for d in _DAY_WORDS)), key=len, reverse=True)
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in days) or "(?!)"
    return re.compile(r"(?<![^\W\d_])(?:" + alternatives + r")(?![^\W\d_])", re.IGNORECASE)


def date_as_the_day_told_before(
    event: Event,
    text: str,
    cand: _Candidate,
    told: Sequence[Event],
    dates: Sequence[TimeMention],
    spans: dict,
    sentence_before: tuple[int, int] = (0, 0),
) -> None:
    """Date a publication-dated deed whose sentence tells it on "the same day" by the day of the
    last deed told before its sentence and dated otherwise than by the publication, when no time
    expression read the phrase (`dates`: those of the text; `sentence_before`: the span of the
    sentence right before the deed's)."""
    if event.date_basis != "publication":
        return
    s, e = cand.sentence
    m = load_same_day_words().search(text, s, e)
    if m is None or any(d.start < m.end() and m.start() < d.end for d in dates):
        return
    before = [
        x
        for x in told
        if x.date_precision == "day"
        and x.date
        and x.date_basis != "publication"
        and (x.spans.get("trigger") or [e])[0] < s
    ]
    if not before:
        return
    last = max(before, key=lambda x: x.spans["trigger"][0])
    if _CAME_ON_THE_DAY.fullmatch(text, s, m.start()) is not None and _DEED_CLAUSE.match(text, m.end()):
        # "The diplomatic breakthrough came on the same day that gunmen shot dead ...": the day
        # of the news its subject takes up: a deed of the sentence right before, else the
        # article's first deed, not the last one told further back
        just_before = [x for x in before if sentence_before[0] <= x.spans["trigger"][0] < sentence_before[1]]
        last = max(just_before, key=lambda x: x.spans["trigger"][0]) if just_before else min(before, key=lambda x: x.spans["trigger"][0])
    event.date, event.date_precision, event.date_basis = last.date, "day", last.date_basis
    event.end_date = None
    spans["date"] = [m.start(), m.end()]

