"""A vote cast ahead of an election by some of its voters ("Lebanese living abroad voted on
May 6 and May 8", "security forces cast their ballots in early voting", "صوت المغتربون") is a
stage of that election, not an election of its own."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import day_of
from events.model import Event
from events.text.normalize import fold_str

# how many days before the election an early vote may be held
_AHEAD_DAYS = 31


@lru_cache(maxsize=4)
def load_early_vote_marks(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search, over folded lower-cased text, for a mark of voters who vote ahead of the
    election day (data/assembly.json `early_vote_marks`: living abroad, expatriates, early
    voting, المغتربين) as whole words."""
    marks = (fold_str(m).lower() for m in load_assembly_rules(path).get("early_vote_marks", ()))
    return re.compile(r"(?<![^\W\d_])(?:" + alternation(marks, spaced=True) + r")(?![^\W\d_])")


def _early_vote(event: Event, elections: list[Event]) -> bool:
    """Whether an election, told with a mark of an early vote, comes in the month before
    another election of the article in one of its countries, told with no such mark."""
    held = day_of(event.date)
    if held is None or load_early_vote_marks().search(fold_str(event.quote).lower()) is None:
        return False
    for other in elections:
        day = day_of(other.date)
        if other is event or day is None or not set(other.countries) & set(event.countries):
            continue
        if (
            0 < (day - held).days <= _AHEAD_DAYS
            and load_early_vote_marks().search(fold_str(other.quote).lower()) is None
        ):
            return True
    return False


def _without_early_votes(events: list[Event]) -> list[Event]:
    """The events without the early votes of an election the article tells."""
    elections = [ev for ev in events if ev.event_type == "election"]
    if len(elections) < 2:
        return events
    return [ev for ev in events if ev.event_type != "election" or not _early_vote(ev, elections)]
