"""A deed told at two times joined by "and" ("protests broke out in 2011 and again in 2018",
"talks held in Geneva in 2018 and 2019", "اندلعت احتجاجات في 2011 ومجددا في 2018"): it was
done at each time, one event per time. The second time is of the first one's precision (a year
after a year, a month after a month), right after it past "and" (و), perhaps "again" (مجددا)
and a preposition of time; not a span ("between 2011 and 2018", which makes one range), nor a
time after the publication. Nor a deed told as a series of rounds ("hosted several rounds of
talks between the rivals in 2021 and 2022", data/assembly.json `series_rounds`): one series,
which began at the first time."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import Event, TimeMention
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str

_JOINED = LazyPattern(
    r"\s*(?:and|&|و)\s*(?:(?:again|once\s+more|مجددا|مرة\s+أخرى)\s+)?(?:(?:in|during|في|خلال|عام)\s+)?",
    re.IGNORECASE,
)


# how far before its event word a count of rounds may stand ("several rounds of talks were held")
_ROUNDS_BEFORE = 40


@lru_cache(maxsize=4)
def load_series_rounds(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search, in folded lower-cased text, for a word of a series of rounds (data/assembly.json
    `series_rounds`)."""
    words = alternation((fold_str(w).lower() for w in load_assembly_rules(path).get("series_rounds", ())), spaced=True)
    return re.compile(r"(?<![^\W\d_])(?:" + words + r")(?![^\W\d_])")


def _told_as_rounds(event: Event, text: str, first: TimeMention) -> bool:
    """Whether the event word is told as a series of rounds, from a little before it up to the
    time that dates it."""
    trigger, quote = event.spans.get("trigger"), event.spans.get("quote")
    if not trigger or not quote:
        return False
    lo = max(quote[0], trigger[0] - _ROUNDS_BEFORE)
    if first.start <= lo:
        return False
    return load_series_rounds().search(fold_str(text[lo : first.start]).lower()) is not None


def dating_time(event: Event, dates: Sequence[TimeMention]) -> TimeMention | None:
    """The time written in the sentence that dates `event`, when it is one time (no span's
    end) that does not recur; else None."""
    span = event.spans.get("date")
    if event.date_basis not in ("explicit", "relative") or not span:
        return None
    first = next((d for d in dates if [d.start, d.end] == list(span)), None)
    if first is None or first.end_value or first.recurring:
        return None
    return first


def second_time(event: Event, text: str, dates: Sequence[TimeMention]) -> Event | None:
    """The event of the second time joined to the one that dates `event` (see the module), or
    None."""
    if event.date_precision not in ("year", "month"):
        return None
    first = dating_time(event, dates)
    if first is None:
        return None
    joined = _JOINED.match(text, first.end)
    if joined is None or _told_as_rounds(event, text, first):
        return None
    second = next((d for d in dates if d.start == joined.end()), None)
    if (
        second is None
        or second.precision != first.precision
        or second.end_value
        or second.recurring
        or second.value == first.value
        or (event.published is not None and second.value > event.published[: len(second.value)])
    ):
        return None
    split = replace(
        event,
        date=second.value,
        date_precision=second.precision,
        date_basis=second.basis,
        end_date=None,
        spans={**event.spans, "date": [second.start, second.end]},
        sources=[],
        reference_id=None,
    )
    return split
