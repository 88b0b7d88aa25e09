"""A change of a state's rule told again by its month or year ("the largest protests since
the military seized power last October") after the article has told it on its day ("the army
led the takeover on 25 October, dissolving the government"): one change of power, the one
dated to the day. A state's rule changes hands once in a month, so two changes of power of
one country whose dates agree are one; a minister's appointment, whoever names it, is not
such a change, and stays an act of its own."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _dates_compatible
from events.model import Event


@lru_cache(maxsize=4)
def load_power_change_words(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """Search, over an appointment's event word, for a word of the rule of a state changing
    hands (data/assembly.json `power_changes`: seized power, returned to office, coup)."""
    words = load_assembly_rules(path).get("power_changes", [])
    return re.compile(r"(?<![\w-])(?:" + alternation(words) + r")(?![\w-])", re.IGNORECASE)


def _a_change_of_power(event: Event, words_of: str = "trigger") -> bool:
    """Whether an appointment's event word (or, with `words_of="quote"`, its sentence) tells a change of power."""
    text = event.quote if words_of == "quote" else event.trigger
    return event.event_type == "appointment" and load_power_change_words().search(text or "") is not None


def _told_on_its_day(event: Event, others: list[Event]) -> bool:
    """Whether an appointment told by a word of a change of power only to the month or the
    year is one the article dates to the day, catalogued or told in a sentence of such a word
    too ("seized power on 25 October, dissolving the government")."""
    if not _a_change_of_power(event) or event.date_precision not in ("month", "year"):
        return False
    return any(
        other is not event
        and other.event_type == "appointment"
        and other.date_precision == "day"
        and (other.reference_id is not None or _a_change_of_power(other, "quote"))
        and set(other.countries) == set(event.countries)
        and _dates_compatible(other, event)
        for other in others
    )


def without_retold_power_changes(events: list[Event]) -> list[Event]:
    """The events without the changes of power told again by their month or year (above)."""
    return [ev for ev in events if not _told_on_its_day(ev, events)]
