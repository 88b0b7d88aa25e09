"""A second event word of another type, told after the sentence's own event word in its clause
and followed by a date written out for it (a month, a year, a full date), is an event of its
own on that date: "لكن الاتفاق تعثر بعد تبادل الاتهامات بالمسؤولية عن محاولة اغتيال تعرض لها
رئيس الحكومة خلال زيارة لغزة في مارس الماضي" tells the attempt on his life in March, beside the
stalled deal. A bare day of the week or "yesterday" after it is most often the day of the
sentence's own event ("اعتقلت الشرطة عشرات المحتجين الجمعة"), and dates nothing else; so is a
date after the setting of that event ("signed on the sidelines of the summit in Madrid in June")
or after its outcome told in a relative clause ("the offensive that toppled the ruler on 8
December"). An Arabic verb in the present describes, and tells no deed of its own."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate, _dating_clause, _is_duration
from events.model import TimeMention
from events.text.normalize import is_arabic


@lru_cache(maxsize=4)
def load_written_date_settings(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search, anchored at the end of the searched text, for a word of setting
    (data/assembly.json `written_dates.settings`) and at most two words after it."""
    words = alternation(load_assembly_rules(path).get("written_dates", {}).get("settings", ()), spaced=True)
    return re.compile(r"(?<!\S)[وف]?(?:" + words + r")(?:\s+[^\s,،.;:؛]+){0,2}\s+$", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_written_date_relatives(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match of the whole gap between two event words that opens with a relative word
    (data/assembly.json `written_dates.relatives`), at most two words after it."""
    words = alternation(load_assembly_rules(path).get("written_dates", {}).get("relatives", ()))
    return re.compile(r"\s*(?:" + words + r")(?:\s+[^\s,،.;:؛]+){0,2}\s+", re.IGNORECASE)


def _written_out(d: TimeMention) -> bool:
    """A date the text writes as a month, a year or a full date, not a day named by the week."""
    return d.basis == "explicit" or d.precision in ("month", "year")


def _dated_after_the_event(
    text: str, cand: _Candidate, best: _Candidate, group: Sequence[_Candidate], dates: Sequence[TimeMention]
) -> bool:
    """Whether `cand`, of another type than the sentence's own event word `best` and after it,
    is followed by a date written out before any other event word of the sentence that is not
    its circumstance, a date no earlier part of the sentence gives."""
    if cand.event_type == best.event_type or cand.circumstance or best.trigger[1] > cand.trigger[0]:
        return False
    if cand.tense not in ("", "past") and is_arabic(cand.trigger_text[:1]):
        return False  # "آخر رئيس يؤدي اليمين ... في سبتمبر 2005": a description (English "protests" may be a noun)
    if load_written_date_settings().search(text, max(best.trigger[1], cand.trigger[0] - 40), cand.trigger[0]):
        return False
    if load_written_date_relatives().fullmatch(text, best.trigger[1], cand.trigger[0]):
        return False
    s, e = cand.sentence
    inside = [d for d in dates if s <= d.start and d.end <= e and not d.recurring and not _is_duration(text, d)]
    after = [d for d in inside if d.start >= cand.trigger[1]]
    if not after:
        return False
    own = min(after, key=lambda d: d.start)
    if not _written_out(own):
        return False
    if any(cand.trigger[1] <= o.trigger[0] < own.start and not o.circumstance for o in group if o is not cand):
        return False  # another event word stands between: the date is that word's
    lo, hi = _dating_clause(text[s:e], s, cand.trigger)
    if any(lo <= d.start and d.end <= hi and d is not own for d in inside):
        # "agreed on Monday to start talks on resuming relations, which were cut in 2016": the
        # word's own clause holds another date, which would date it, not the written one
        return False
    return all(d.value != own.value for d in inside if d.end <= cand.trigger[0])
