"""An English month's name read as an event word names no event.

"March" is both a month and a protest ("mass protests erupted ... It defaulted on its debt in
March"): the trigger lexicon reads the word, the date stage reads the month. A capitalised
event word that lies inside a time expression with a month (in March, March 2020, March 3) is
the month's name, and no march took place.
"""

from __future__ import annotations

from collections.abc import Sequence

from events.model import TimeMention, TriggerMention


def without_month_names(triggers: Sequence[TriggerMention], dates: Sequence[TimeMention]) -> list[TriggerMention]:
    """The triggers, but for a capitalised single word inside a time expression of a month or a day."""
    months = [(d.start, d.end) for d in dates if d.precision in ("month", "day")]
    if not months:
        return list(triggers)
    return [
        t
        for t in triggers
        if not (t.text[:1].isupper() and t.text.isalpha() and any(s <= t.start and t.end <= e for s, e in months))
    ]
