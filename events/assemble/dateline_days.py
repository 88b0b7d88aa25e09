"""The date in a wire story's dateline ("TUNIS, April 18 (Reuters) - ...", "تونس 18 أبريل
(رويترز) - ...") is the day the story was filed, not the day of the first sentence's deed:
when that sentence gives a day of its own ("arrested ... late on Monday", "مساء الاثنين"),
the deed takes that one, however far it stands from the event word."""

from __future__ import annotations

from events.model import TimeMention
from events.text.dateline import find_dateline


def without_dateline_dates(text: str, dates: list[TimeMention], sentence: tuple[int, int]) -> list[TimeMention]:
    """`dates` without those inside the article's dateline, when the `sentence` holds
    another date; otherwise `dates` as they are (the dateline's day dates a deed with none)."""
    if not dates or sentence[0] > 200:
        return dates
    span = find_dateline(text)
    if span is None:
        return dates
    in_dateline = [d for d in dates if span[0] <= d.start and d.end <= span[1]]
    if not in_dateline:
        return dates
    rest = [d for d in dates if d not in in_dateline]
    if not any(d.start < sentence[1] and sentence[0] < d.end for d in rest):
        return dates
    return rest
