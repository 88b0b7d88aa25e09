"""A deed told as so many days before a day the sentence names right before the count
("Tunisia extended a curfew on Tuesday, a day after jihadists launched attacks", "on
Thursday, two days after gunmen attacked"): the day named is the main clause's, so the
deed took place that many days before it, whatever event the main clause tells or does not.
A deed told a few hours or minutes from that day ("spoke with both men on Monday, hours after a
convoy came under fire", "الاثنين، بعد ساعات من تعرض موكب لإطلاق نار": calendar.json
`hours_around`) took place on the day itself."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from events.assemble.counted_years import opens_a_clause
from events.assemble.text import _DAYS_AFTER_REACH, _Candidate, _days_counted, days_after, days_after_pattern
from events.model import Event, TimeMention
from events.temporal import CALENDAR_PATH
from events.text.gates import gated_compile
from events.text.lazy import LazyPattern

# between the day named and the count: a comma, perhaps, and spaces; or, set off by commas, who
# told it ("on Sunday, residents said, a day after"); or a clause of the same sentence, then a
# pronoun taking up all that came before ("اليوم الأحد، وسمع دوي انفجارات، وذلك بعد يوم من")
_JOINED = LazyPattern(
    r"\s*[,،]?\s*"
    r"|\s*,\s*(?:[^\s,.;:]+\s+){1,3}(?:said|says|reported|added|told\s+[^\s,.;:]+)\s*,\s*"
    r"|\s*[,،][^.;:؛!?]*?[,،]\s*(?:وذلك|وهذا|and\s+that\s+(?:was|is))\s+",
    re.IGNORECASE,
)


# the count, then up to twelve words with no mark of a clause's end before the event word: its
# doer and verb ("a day after the army and the paramilitary forces signed a week-long truce")
_LONG_COUNT = LazyPattern(days_after_pattern(12), re.IGNORECASE)

_PREPOSITIONS = LazyPattern(r"(?:\s+(?:the|his|her|their|its))$", re.IGNORECASE)


@lru_cache(maxsize=4)
def _hours_from(path: Path = CALENDAR_PATH) -> re.Pattern[str]:
    """A search for a phrase of a few hours or minutes after or before (calendar.json
    `hours_around`, without a determiner after it), then at most seven words up to the end of
    the stretch searched: the deed's words."""
    with path.open(encoding="utf-8") as f:
        words = {_PREPOSITIONS.sub("", w) for w in json.load(f).get("hours_around", [])}
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return gated_compile(r"(?<!\S)[وف]?(?:" + (alternatives or "(?!)") + r")(?:\s+[^\s,،.;:؛]+){0,7}\s+\Z", re.IGNORECASE)


def _counted_from(text: str, cand: _Candidate, dates: Sequence[TimeMention]) -> tuple[TimeMention, int, int] | None:
    """(the day named right before "two days after" (or "hours after") in the sentence of
    `cand`, or the last one it names before a count that opens a clause after a comma, the days
    counted, where the count ends)."""
    lo = max(cand.sentence[0], cand.trigger[0] - _DAYS_AFTER_REACH)
    m = days_after(text, lo, cand.trigger[0]) or _LONG_COUNT.search(text, lo, cand.trigger[0])
    if m is not None:
        days = _days_counted(m)
    else:
        m, days = _hours_from().search(text, lo, cand.trigger[0]), 0
    if m is None or days is None:
        return None
    days_named = [d for d in dates if d.precision == "day" and not d.recurring and d.start >= cand.sentence[0] and d.end <= m.start()]
    day = next((d for d in days_named if _JOINED.fullmatch(text, d.end, m.start()) is not None), None)
    if day is None and days_named and opens_a_clause(text, days_named[-1].end, m.start()):
        day = days_named[-1]  # "agreed on Monday to ban Belarusian airlines ..., a day after Minsk forced a jet to land"
    return None if day is None else (day, days, m.end())


def days_counted_before(text: str, cand: _Candidate) -> int:
    """The days a count right before the deed word in its sentence puts it before the main
    clause's deed ("Putin signed the document in the Kremlin, two days after a referendum"): 2;
    none counted (0) otherwise."""
    lo = max(cand.sentence[0], cand.trigger[0] - _DAYS_AFTER_REACH)
    m = days_after(text, lo, cand.trigger[0]) or _LONG_COUNT.search(text, lo, cand.trigger[0])
    days = _days_counted(m) if m is not None else None
    return days or 0


def noun_of_a_counted_deed(text: str, cand: _Candidate) -> bool:
    """Whether an Arabic event noun stands right after a count of hours or days after its deed
    ("عزل الرئيس، بعد ساعات من احتجازه"، "بعد يومين من اغتياله"): the noun tells a deed done
    that long before the sentence's own, dated by the day the sentence names (with none, it has
    no date of its own and is left out as a circumstance)."""
    if cand.tense or text[cand.trigger[0] : cand.trigger[0] + 1].isascii():
        return False
    lo = max(cand.sentence[0], cand.trigger[0] - _DAYS_AFTER_REACH)
    m = days_after(text, lo, cand.trigger[0]) or _hours_from().search(text, lo, cand.trigger[0])
    if m is None or m.group(0).lstrip().startswith(("قبل", "وقبل", "فقبل")):
        return False
    words = text[m.start() : cand.trigger[0]].split()
    return bool(words) and words[-1] in ("من", "على")


def counted_back_from_a_day(text: str, cand: _Candidate, dates: Sequence[TimeMention]) -> bool:
    """Whether the deed is told as so many days before a day its sentence names right before
    the count ("on Friday, two days after his troops detained the president"): dated by it,
    a circumstance of the sentence is a deed of a known day, not one recalled undated."""
    return _counted_from(text, cand, dates) is not None


def date_counted_back(event: Event, text: str, cand: _Candidate, dates: Sequence[TimeMention], spans: dict) -> None:
    """Date a deed after "a day after", "two days after" by the day named right before that
    count in its sentence, less the days counted: a deed dated by the publication, or one that
    took that very day as its own ("began exercises on Thursday, a day after Pelosi visited")."""
    found = _counted_from(text, cand, dates)
    if found is None:
        return
    day, days, count_end = found
    told = spans.get("date")
    if event.date_basis != "publication" and not (told and told[0] == day.start and told[1] == day.end):
        return
    event.date = (date.fromisoformat(day.value[:10]) - timedelta(days=days)).isoformat()
    event.date_precision = "day"
    event.date_basis = "relative"
    spans["date"] = [day.start, count_end]
