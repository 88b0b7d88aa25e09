"""An event whose word of the sentence is a noun of its type told after the verb that tells
it ("انتخب مجلس النواب أمس العماد ميشال عون رئيساً، بعد 29 شهراً من الشغور، في جلسة تخللتها
ثلاث دورات اقتراع"): the day in the verb's own clause dates the event, which the noun, in a
clause of its own, would leave to the publication."""

from __future__ import annotations

import re
from collections.abc import Sequence

from events.assemble.text import _Candidate, _dating_clause
from events.model import Event, TimeMention, TriggerMention
from events.text.lazy import LazyPattern

# the noun as the mark of another time: "بعد أيام من هجوم", "days after the attack"
_MARK_BEFORE = LazyPattern(
    r"(?<!\w)(?:[وف]?(?:بعد|قبل|قبيل|عقب|إثر|اثر|منذ|غداة|عشية)|after|before|since|following|ahead\s+of)"
    r"(?:\s+\S+){0,2}\s+(?:(?:من|the|a|an)\s+)?$",
    re.IGNORECASE,
)


def date_by_its_verb(
    event: Event,
    cand: _Candidate,
    triggers: Sequence[TriggerMention],
    dates: Sequence[TimeMention],
    spans: dict,
) -> None:
    """Date a publication-dated event by the one day in the clause of a verb in the past of its
    type, asserted, before its word in the sentence; not a noun that marks another time."""
    if event.date_basis != "publication" or cand.tense:
        return
    if _MARK_BEFORE.search(event.quote, 0, cand.trigger[0] - cand.sentence[0]) is not None:
        return  # "قتل ثلاثة جنود أمس بعد أيام من هجوم": the noun marks another time
    verbs = [
        t
        for t in triggers
        if t.event_type == event.event_type
        and t.tense == "past"
        and t.modality == "asserted"
        and cand.sentence[0] <= t.start
        and t.end <= cand.trigger[0]
    ]
    if not verbs:
        return
    verb = verbs[0]
    lo, hi = _dating_clause(event.quote, cand.sentence[0], (verb.start, verb.end))
    own = [d for d in dates if lo <= d.start and d.end <= hi and not d.recurring]
    if len(own) != 1 or own[0].precision != "day":
        return
    day = own[0]
    event.date, event.date_precision, event.date_basis = day.value, day.precision, day.basis  # type: ignore[assignment]
    spans["date"] = [day.start, day.end]
