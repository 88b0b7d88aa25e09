"""The current week told by a word of the calendar and a weekday told in the same clause ("This
week he toured refugee camps in Turkey's Hatay province on Tuesday"; "وزار هذا الأسبوع مخيمات
اللاجئين في تركيا يوم الثلاثاء"): the weekday is the day the clause gives its deed, the week only
places it. A week is read as its month (there is no week precision), so the nearer week word
would otherwise date the deed coarser than the text does. Only the current week
(data/assembly.json `refined_weeks.this_week`: a past week, "last week ... on Tuesday", puts its
weekday in a week the weekday alone does not count back to) and only a weekday resolved inside
its seven days."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import TimeMention
from events.text.normalize import fold_str


@lru_cache(maxsize=4)
def load_this_week(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a phrase of the current week (`refined_weeks.this_week`), folded."""
    words = [fold_str(w).lower() for w in load_assembly_rules(path).get("refined_weeks", {}).get("this_week", ())]
    return re.compile(r"(?<![^\W\d_])(?:" + alternation(words, spaced=True) + r")(?![^\W\d_])")


def _this_week(d: TimeMention) -> bool:
    return d.basis == "relative" and d.precision == "month" and load_this_week().search(fold_str(d.text).lower()) is not None


def refined_week(
    chosen: TimeMention | None, own: Sequence[TimeMention], trigger: tuple[int, int], published: str | None
) -> TimeMention | None:
    """Of the clause's own times (`own`), the weekday nearest the event word that falls in the
    current week `chosen` tells (the seven days up to the publication); else `chosen`."""
    if chosen is None or not published or not _this_week(chosen):
        return chosen
    pub = date.fromisoformat(published)
    first = (pub - timedelta(days=6)).isoformat()
    days = [
        d
        for d in own
        if d is not chosen
        and d.precision == "day"
        and d.basis == "relative"
        and not d.end_value
        and not d.recurring
        and first <= d.value <= published
    ]
    if not days:
        return chosen
    return min(days, key=lambda d: min(abs(d.start - trigger[1]), abs(trigger[0] - d.end)))
