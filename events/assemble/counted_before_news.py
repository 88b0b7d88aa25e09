"""A deed named after "came a month after" ("The takeover came a month after mutinous soldiers
ousted President Mohamed Bazoum in Niger", "the move comes two weeks after Turkey sent troops")
lies that long before the news told: the last day its sentence tells before the phrase, else the
publication, counted back (data/assembly.json `counted_before_news`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import Event, TimeMention
from events.temporal import load_calendar

_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 0, "months": 0, "year": 0, "years": 0}
# what ends the clause between the word after and the event word
_BREAK = re.compile(r"[,;:.،؛]")


def _counts() -> dict[str, int]:
    """The English number words of calendar.json `numbers`, by their value."""
    return {w: n for w, n in load_calendar().numbers.items() if w.isascii()}


@lru_cache(maxsize=4)
def _phrase(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], int]:
    """A search for "came a month after " (a verb, perhaps a word of degree, a count in group
    `n`, a unit in group `u`, "after"; the count to "after" in group `span`) and the reach."""
    rules = load_assembly_rules(path).get("counted_before_news", {})
    verbs = alternation(rules.get("verbs", ()))
    degrees = alternation(rules.get("degrees", ()))
    numbers = alternation(_counts())
    pattern = re.compile(
        r"(?<![\w-])(?:" + verbs + r")\s+(?:(?:" + degrees + r")\s+)?(?P<span>(?P<n>" + numbers + r"|\d{1,2})\s+"
        r"(?P<u>" + alternation(_UNITS) + r")\s+after)\s+",
        re.IGNORECASE,
    )
    return pattern, int(rules.get("reach", 6))


def _counted_back(day: date, n: int, unit: str) -> tuple[str, str]:
    """(value, precision) of `n` units before `day`."""
    if _UNITS[unit]:
        return (day - timedelta(days=n * _UNITS[unit])).isoformat(), "day"
    if unit.startswith("month"):
        index = day.year * 12 + day.month - 1 - n
        return f"{index // 12:04d}-{index % 12 + 1:02d}", "month"
    return f"{day.year - n:04d}", "year"


def date_counted_before_the_news(
    event: Event, text: str, cand: _Candidate, dates: Sequence[TimeMention], spans: dict
) -> None:
    """Date a publication-dated English event whose word stands a few words after "came a month
    after" in its clause by that count back from the news told (`dates`: its sentence's)."""
    if event.published is None:
        return
    pattern, reach = _phrase()
    found = None
    for m in pattern.finditer(text, cand.sentence[0], cand.trigger[0]):
        found = m
    if found is None or len(text[found.end() : cand.trigger[0]].split()) > reach or _BREAK.search(text, found.end(), cand.trigger[0]):
        return
    n = int(found.group("n")) if found.group("n").isdigit() else _counts().get(found.group("n").lower(), 0)
    if not n:
        return
    days = [d for d in dates if d.end <= found.start() and d.precision == "day" and not d.recurring and d.value]
    day = date.fromisoformat(days[-1].value[:10]) if days else date.fromisoformat(event.published[:10])
    event.date, event.date_precision = _counted_back(day, n, found.group("u").lower())  # type: ignore[assignment]
    event.date_basis = "relative"
    event.end_date = None
    spans["date"] = [found.start("span"), found.end("span")]
