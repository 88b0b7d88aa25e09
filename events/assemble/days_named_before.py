"""A deed told with no time of its own right after a sentence that names a deed of its type with
its day in the deed's own clause, a deed that gives no event of its own there (the object of a
plan, the start of a stretch): the deed named there, told again, on that day. "Pence said the
United States would lift the sanctions it imposed on Turkey on Monday ... Washington had imposed
sanctions on the Turkish defence and energy ministries" and "وقال بنس إن الولايات المتحدة
ستتراجع عن العقوبات التي فرضتها على تركيا الاثنين الماضي ... وكانت واشنطن قد فرضت عقوبات على
وزارتي الدفاع والطاقة" are sanctions of that Monday, not of the publication's day; "those killed
since the assault began early on Monday ... The Israeli army launched the operation with drone
strikes" an attack of that Monday.

The deed must be named by a noun (a verb there tells that sentence's own deed, an event of its own:
"Saudi Arabia and Iran agreed on Friday ... Egypt and Sudan agreed to set up a joint border force"
is no retelling), and the day must stand after its word within a few words and no mark of a clause between
(data/assembly.json `days_named_before`), be a day before the publication and in the week before
it; a deed of that sentence that is an event of its own is left to the merge of one article's
tellings."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.continued import _recent
from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.model import Event, TimeMention, TriggerMention

_BREAK = re.compile(r"[,،;؛:.!?؟()\"«»\n]")


@lru_cache(maxsize=4)
def _reach(path: Path = ASSEMBLY_RULES) -> int:
    """The most words between a deed's word and the day of its own clause (`days_named_before.words`)."""
    return int(load_assembly_rules(path).get("days_named_before", {}).get("words", 6))


def _day_of_its_clause(text: str, word: TriggerMention, dates: Sequence[TimeMention], end: int) -> TimeMention | None:
    """The first day after the deed's word, before `end`, within `_reach` words of it and with no
    mark of a clause between."""
    for d in dates:
        if d.start < word.end or d.start >= end:
            continue
        between = text[word.end : d.start]
        if _BREAK.search(between) or len(between.split()) > _reach():
            return None
        return d if d.precision == "day" and not d.recurring else None
    return None


def dated_by_a_deed_named_before(
    events: list[Event],
    text: str,
    sentences: Sequence[tuple[int, int]],
    triggers: Sequence[TriggerMention],
    dates: Sequence[TimeMention],
) -> None:
    """Give the day of the deed of its type the sentence before names (see the module) to each
    event still dated by the publication."""
    if not any(ev.date_basis == "publication" for ev in events):
        return
    starts = [s for s, _ in sentences]
    words = {(ev.spans["trigger"][0], ev.spans["trigger"][1]) for ev in events if ev.spans.get("trigger")}
    for ev in events:
        if ev.date_basis != "publication" or ev.date_precision != "day" or ev.reference_id or not ev.spans.get("trigger"):
            continue
        at = bisect.bisect_right(starts, ev.spans["trigger"][0]) - 1
        if at < 1:
            continue
        before = sentences[at - 1]
        for word in triggers:
            if (
                word.event_type != ev.event_type
                or word.tense  # a verb tells its sentence's own deed, whose day is that event's
                or not before[0] <= word.start < before[1]
                or (word.start, word.end) in words
            ):
                continue
            day = _day_of_its_clause(text, word, dates, before[1])
            if day is None or not _recent(day.value, ev.published) or day.value >= (ev.published or "")[:10]:
                continue
            ev.date, ev.date_precision, ev.date_basis = day.value, "day", day.basis
            ev.end_date = None
            ev.spans["date"] = [day.start, day.end]
            break
