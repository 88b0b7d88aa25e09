"""A deed dated only by an approximate ago phrase, linked to the catalogued day it points to.

An ago phrase with a word of approximation before its count ("ومنذ انتزاع القوات المدينة
قبل أكثر من أسبوع", "the town fell about ten days ago") names no day, only the month it
points back to. When exactly one catalogued event of the deed's type, whose countries cover
the two or more countries the deed names, fell on a day of
that month before the publication, the deed is that event: it takes the entry's day
(`reference` basis) and id, as a careful reader who knows the event would date it."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from events.assemble.fallback_links import _days_of_type
from events.assemble.text import day_of
from events.model import Event
from events.reference import ReferenceCatalog
from events.temporal import CALENDAR_PATH
from events.text.normalize import fold_str


@lru_cache(maxsize=4)
def load_approximate_words(path: Path = CALENDAR_PATH) -> re.Pattern[str]:
    """A search for a word of approximation (data/calendar.json `ago_words.approximate`) as
    whole words, over folded text."""
    words = json.loads(path.read_text(encoding="utf-8"))["ago_words"].get("approximate", [])
    alternatives = "|".join(re.escape(fold_str(w)) for w in sorted(set(words), key=len, reverse=True)) or "(?!)"
    return re.compile(r"(?<!\w)(?:" + alternatives + r")(?!\w)", re.IGNORECASE)


def date_by_approximate_day(event: Event, text: str, catalog: ReferenceCatalog, spans: dict[str, Any]) -> bool:
    """Give `event` the day of the one catalogued event its approximate month points to (see
    the module's doc); True when it did. `spans`: the event's spans, its date's among them."""
    if event.reference_id is not None or event.date_precision != "month" or event.date_basis != "relative":
        return False
    span = spans.get("date")
    if not span or not load_approximate_words().search(fold_str(text[span[0] : span[1]])):
        return False
    countries = set(event.countries)
    pub = day_of(event.published)
    if len(countries) < 2 or pub is None or event.date is None:
        return False
    found = [
        e
        for day, e in _days_of_type(catalog, event.event_type)
        if e.precision == "day" and e.date[:7] == event.date and day <= pub and countries <= set(e.countries)
    ]
    if len(found) != 1:
        return False
    entry = found[0]
    event.date, event.date_precision, event.date_basis = entry.date, "day", "reference"
    event.reference_id = entry.id
    return True
