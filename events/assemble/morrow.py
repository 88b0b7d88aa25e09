"""An event named after غداة ("on the morrow of") that follows a day in its sentence: "بدأت
المواجهات في الثامن من أكتوبر 2023، غداة هجوم حماس" tells the attack on the day before
that day, not on it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from events.assemble.text import morrow_before
from events.model import TimeMention


def _morrow_of(text: str, trigger: tuple[int, int], day: TimeMention | None) -> TimeMention | None:
    """`day` moved to the day before when the event word stands after it and after غداة, the
    word of the day after (`day` itself otherwise)."""
    if day is None or day.precision != "day" or day.end > trigger[0] or day.end_value:
        return day
    if morrow_before(text, day.end, trigger[0]) is None:
        return day
    return replace(day, value=(date.fromisoformat(day.value) - timedelta(days=1)).isoformat())
