"""An event told with no date of its own, then explained in its sentence by a clause opened
after a comma by one of `explaining_openers` (data/assembly.json: إذ، حيث) whose verb tells
the same deed or a part of it ("كان أول وزير يزور دمشق، إذ التقى الرئيس في 22 ديسمبر": the
visit's meeting): that clause's date is the event's, not the publication's day."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _CLAUSE_BREAK, DOMINATES, _Candidate
from events.model import Event, TimeMention, TriggerMention


@lru_cache(maxsize=4)
def load_explaining_openers(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a comma and an opener of explanation ending right before a word."""
    words = alternation(load_assembly_rules(path).get("explaining_openers", ()))
    return re.compile(r"[،,]\s*[وف]?(?:" + words + r")\s+\Z")


def _same_deed(event_type: str, trigger: TriggerMention) -> bool:
    return trigger.event_type == event_type or trigger.event_type in DOMINATES.get(event_type, ())


def _date_by_explanation(
    event: Event, text: str, cand: _Candidate, triggers: Sequence[TriggerMention], dates: Sequence[TimeMention], spans: dict
) -> None:
    """Date the event by the clause of explanation after it that tells the same deed."""
    s, e = cand.sentence
    for t in triggers:
        if t.start < cand.trigger[1] or t.modality != "asserted" or not t.tense or not _same_deed(event.event_type, t):
            continue
        if load_explaining_openers().search(text, max(s, t.start - 12), t.start) is None:
            continue
        close = _CLAUSE_BREAK.search(text, t.end, e)
        end = close.start() if close else e
        day = min((d for d in dates if d.start >= t.end and d.end <= end), key=lambda d: d.start, default=None)
        if day is not None:
            event.date, event.date_precision, event.date_basis = day.value, day.precision, day.basis
            event.end_date = day.end_value
            spans["date"] = [day.start, day.end]
        return


@lru_cache(maxsize=4)
def _load_other_deed_openers(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a comma and an opener of explanation only (`other_deed_openers`: إذ) ending
    right before a word."""
    words = alternation(load_assembly_rules(path).get("other_deed_openers", ()))
    return re.compile(r"[،,]\s*[وف]?(?:" + words + r")\s+\Z")


def outside_other_explanations(
    text: str, cand: _Candidate, dates: list[TimeMention], triggers: Sequence[TriggerMention]
) -> list[TimeMention]:
    """`dates` less those in a clause of explanation after the event word (opened by إذ, which
    opens no place as حيث may) whose asserted verb tells a deed of another kind ("وجرت الانتخابات
    في ظل حملة قضائية، إذ قضت محكمة الثلاثاء بسجن ...": Tuesday is the sentencing's day, not the
    election's)."""
    if not dates:
        return dates
    s, e = cand.sentence
    drop: set[int] = set()
    for t in triggers:
        if t.start < cand.trigger[1] or not t.tense or t.modality != "asserted" or _same_deed(cand.event_type, t):
            continue
        opener = _load_other_deed_openers().search(text, max(s, cand.trigger[1], t.start - 12), t.start)
        if opener is None:
            continue
        close = _CLAUSE_BREAK.search(text, t.end, e)
        end = close.start() if close else e
        drop.update(id(d) for d in dates if opener.start() <= d.start and d.end <= end)
    return [d for d in dates if id(d) not in drop] if drop else dates
