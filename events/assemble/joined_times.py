"""A deed told at two times joined by "and" ("protests broke out in 2011 and again in 2018",
"talks held in Geneva in 2018 and 2019", "اندلعت احتجاجات في 2011 ومجددا في 2018"): it was
done at each time, one event per time. The second time is of the first one's precision (a year
after a year, a month after a month), right after it past "and" (و), perhaps "again" (مجددا)
and a preposition of time; a longer list runs on with commas and ends with "and" ("skirmishes in
1999, 2002 and 2009", "في 1999 و2002 و2009"), each of its times a deed. Not a span ("between 2011 and 2018", which makes one range), nor a
time after the publication, nor a last time right before a verb of its own ("recalled its
ambassador in June, and in July fired missiles"). A deed told as a series of rounds between its word and the two times
("hosted several rounds of talks between the rivals in 2021 and 2022", data/assembly.json
`round_series`, from a little before its word up to the first time) is one series, from the
first time to the second."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import on_its_own_time
from events.model import Event, TimeMention
from events.text.lazy import LazyPattern

_JOINED = LazyPattern(
    r"\s*(?:and|&|و)\s*(?:(?:again|once\s+more|مجددا|مرة\s+أخرى)\s+)?(?:(?:in|during|في|خلال|عام)\s+)?",
    re.IGNORECASE,
)
# a comma inside a list of times ("in 1999, 2002 and 2009"), the list still to end with "and"
_LISTED = LazyPattern(r"\s*[,،]\s*(?:(?:and|و)\s*)?(?:(?:in|during|في|خلال|عام)\s+)?", re.IGNORECASE)
_AND = LazyPattern(r"\band\b|&|و", re.IGNORECASE)
# an English verb in the past right after the last time, with no comma, and its object after it:
# the time opens a clause of that verb's own deed ("recalled its ambassador in June, and in July
# fired missiles"), no second time of the first; a participle phrase ("in 2013 and 2018, fuelled
# by bread prices", "in 2018 led by professionals": a verb in -ed before "by") is none
_OWN_VERB_AFTER = LazyPattern(
    r"\s+(?:[a-z]+ed|began|broke|fought|won|lost|held|took|made|sent|struck|met|fell|went|came|left|seized|shot|swept|threw|drew)\s+"
    r"(?!by\b)"
)


# how far before its event word a count of rounds may stand ("several rounds of talks were held")
_ROUNDS_BEFORE = 40


def _told_as_rounds(event: Event, text: str, first: TimeMention) -> bool:
    """Whether the event word is told as a series of rounds, from a little before it up to the
    time that dates it."""
    trigger, quote = event.spans.get("trigger"), event.spans.get("quote")
    if not trigger:
        return False
    lo = max(quote[0] if quote else 0, trigger[0] - _ROUNDS_BEFORE)
    return first.start > lo and load_round_series().search(text, lo, first.start) is not None


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


@lru_cache(maxsize=4)
def load_round_series(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for the words of a series of rounds (data/assembly.json `round_series`)."""
    words = load_assembly_rules(path).get("round_series", {}).get("words", ())
    return re.compile(r"(?<!\w)[وفب]?(?:" + alternation(words, spaced=True) + r")(?!\w)", re.IGNORECASE)


def series_through(event: Event, text: str, dates: Sequence[TimeMention]) -> bool:
    """Whether `event`, told as a series of rounds at two joined times (see the module), runs
    from the first to the second: its end date is then set to the second; the first stays its date."""
    second = _joined_second(event, text, dates)
    if second is None or not _told_as_rounds(event, text, second[0]):
        return False
    event.end_date = second[1].value
    return True


def second_time(event: Event, text: str, dates: Sequence[TimeMention]) -> list[Event]:
    """The events of the other times joined to the one that dates `event` (see the module), or
    none."""
    joined = _joined_times(event, text, dates)
    if not joined or _told_as_rounds(event, text, joined[0]):
        return []
    return [on_its_own_time(event, other) for other in joined[1:]]


def _joined_second(
    event: Event, text: str, dates: Sequence[TimeMention]
) -> tuple[TimeMention, TimeMention] | None:
    """The time that dates `event` and the last time joined to it (see the module), or None."""
    joined = _joined_times(event, text, dates)
    return (joined[0], joined[-1]) if joined else None


def _joined_times(event: Event, text: str, dates: Sequence[TimeMention]) -> list[TimeMention]:
    """The time that dates `event` and the times listed after it up to the one joined by "and",
    all of its precision, distinct and not after the publication (see the module); empty when no
    time is joined to it."""
    if event.date_precision not in ("year", "month"):
        return []
    first = dating_time(event, dates)
    if first is None:
        return []
    by_start = {d.start: d for d in dates}
    times, at, anded = [first], first.end, False
    while (joined := _JOINED.match(text, at) or _LISTED.match(text, at)) is not None:
        nxt = by_start.get(joined.end())
        if (
            nxt is None
            or nxt.precision != first.precision
            or nxt.end_value
            or nxt.recurring
            or any(nxt.value == t.value for t in times)
            or (event.published is not None and nxt.value > event.published[: len(nxt.value)])
        ):
            break
        times.append(nxt)
        at, anded = nxt.end, _AND.search(joined.group()) is not None
    if anded and _OWN_VERB_AFTER.match(text, times[-1].end):
        return []
    return times if anded else []  # a list of times ends with "and"
