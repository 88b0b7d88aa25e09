"""Deeds told over a stretch of recent weeks or months ("وكثفت تركيا في الأشهر الأخيرة ضرباتها",
"Turkey has stepped up its strikes in recent months"): a series of deeds, each on a day of its
own, not the one deed another sentence dates to a day ("استهدفت المقاتلات موكبا الأربعاء",
"jets hit a convoy on Wednesday"). The two are two events of the article, not one told twice.
So is a deed told earlier in the current month or year ("Earlier this month the rebels seized a
cargo ship", "مطلع الشهر الجاري"): it came before the news of the day, another deed than the one
dated to that day."""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from events.assemble.rules import load_earlier_in_period
from events.assemble.text import _ByStart
from events.model import Event
from events.temporal import is_recent_span
from events.text.normalize import fold_str


def told_over_a_stretch(event: Event, dates: _ByStart) -> bool:
    """Whether the event is dated by a phrase of a stretch of recent weeks or months."""
    span = event.spans.get("date")
    if not span or event.date_basis not in ("explicit", "relative"):
        return False
    return any(d.start == span[0] and d.end == span[1] and is_recent_span(d) for d in dates.inside(span[0], span[1]))


def told_earlier_in_its_period(event: Event) -> bool:
    """Whether the event is dated by a phrase of a time earlier in the current week, month or year
    (`earlier_in_period` of assembly.json): the date's words, with the words before them in the
    quote, end in one ("Earlier this month", "في وقت سابق من هذا الشهر" whose date is هذا الشهر)."""
    span, quote = event.spans.get("date"), event.spans.get("quote")
    if not span or not quote or event.date_basis not in ("explicit", "relative") or event.date_precision == "day":
        return False
    if not quote[0] <= span[0] < span[1] <= quote[1]:
        return False
    head = fold_str(event.quote[: span[1] - quote[0]]).lower()
    return load_earlier_in_period().search(head) is not None


def _own_day(event: Event) -> bool:
    return event.date is not None and len(event.date) == 10 and event.date_basis in ("explicit", "relative")


def over_a_stretch_and_a_day(a: Event, b: Event, stretches: AbstractSet[int]) -> bool:
    """Whether one of the two is a deed told over a stretch and the other one dated to a day of its own."""
    return (id(a) in stretches and id(b) not in stretches and _own_day(b)) or (
        id(b) in stretches and id(a) not in stretches and _own_day(a)
    )
