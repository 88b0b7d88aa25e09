"""A state that has lasted since a year, followed by its cause ("The border has been closed
since 1994, after an attack on a hotel in Marrakech", "والحدود مغلقة منذ عام 1994 بعد هجوم"):
the cause came in that year, not on the day of the publication."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.dating import compared_since
from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import Event
from events.temporal import TimeMention

_WORDS_BETWEEN = 4  # words between the word of cause and the event word ("after an attack on")


@lru_cache(maxsize=4)
def load_since_causes(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A search for the word of a span's start right before a year (data/assembly.json
    `since_causes.since`: since, منذ, perhaps with `عام`), and a match, right after the year, of
    a comma or none, a word of cause (`since_causes.after`: after, following, بعد) and up to
    four words, ending where the matched text ends."""
    rules = load_assembly_rules(path).get("since_causes", {})
    since = re.compile(r"(?<![^\W\d_])(?:" + alternation(rules.get("since", ()), spaced=True) + r")\s+$", re.IGNORECASE)
    after = re.compile(
        r"\s*[,،]?\s*(?:"
        + alternation(rules.get("after", ()), spaced=True)
        + r")\s+(?:[^\s,،;:.]+\s+){0,"
        + str(_WORDS_BETWEEN)
        + r"}$",
        re.IGNORECASE,
    )
    return since, after


def _date_by_since(event: Event, text: str, start: int, dates: Sequence[TimeMention], spans: dict) -> None:
    """Date a publication-dated event whose word follows, as its cause, a year a state has
    lasted since by that year; not a year compared with ("أول رئيس حكومة يطيح به الشارع منذ
    عام 2003، بعد شهرين من احتجاجات": the first since then, no state lasting since)."""
    if event.date_basis != "publication":
        return
    since, after = load_since_causes()
    for d in dates:
        if d.precision != "year" or d.end > start or d.recurring or d.value is None:
            continue
        if since.search(text, max(0, d.start - 12), d.start) and after.fullmatch(text, d.end, start):
            if compared_since(text, d):
                return
            event.date, event.date_precision, event.date_basis = d.value, d.precision, d.basis  # type: ignore[assignment]
            spans["date"] = [d.start, d.end]
            return
