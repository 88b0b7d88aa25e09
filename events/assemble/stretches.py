"""Deeds told over a stretch of recent weeks or months ("وكثفت تركيا في الأشهر الأخيرة ضرباتها",
"Turkey has stepped up its strikes in recent months"): a series of deeds, each on a day of its
own, not the one deed another sentence dates to a day ("استهدفت المقاتلات موكبا الأربعاء",
"jets hit a convoy on Wednesday"). The two are two events of the article, not one told twice."""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from events.assemble.text import _ByStart
from events.model import Event
from events.temporal import is_recent_span


def told_over_a_stretch(event: Event, dates: _ByStart) -> bool:
    """Whether the event is dated by a phrase of a stretch of recent weeks or months."""
    span = event.spans.get("date")
    if not span or event.date_basis not in ("explicit", "relative"):
        return False
    return any(d.start == span[0] and d.end == span[1] and is_recent_span(d) for d in dates.inside(span[0], span[1]))


def _own_day(event: Event) -> bool:
    return event.date is not None and len(event.date) == 10 and event.date_basis in ("explicit", "relative")


def over_a_stretch_and_a_day(a: Event, b: Event, stretches: AbstractSet[int]) -> bool:
    """Whether one of the two is a deed told over a stretch and the other one dated to a day of its own."""
    return (id(a) in stretches and id(b) not in stretches and _own_day(b)) or (
        id(b) in stretches and id(a) not in stretches and _own_day(a)
    )
