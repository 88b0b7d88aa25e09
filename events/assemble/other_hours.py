"""A deed whose sentence opens with a word of another hour of its day ("Earlier on Saturday,
Revolutionary Guards commandos seized an Israel-linked container ship", "Later on Thursday",
«وفي وقت سابق من يوم السبت، احتجز الحرس الثوري سفينة») is another deed than the one told on
that day before it: the writer sets it apart in time, however alike its sides and its place.
So two attacks of one day, one told so and the other not, are two events (GUIDELINES.md: one
event per real-world attack). The openers live in data/assembly.json (`other_hours`), for the
types of deeds done at a place (`apart_types`)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.apart import load_apart
from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.model import Event
from events.text.normalize import fold_str

_NOT_WORD = re.compile(r"[^\w\s]+")


def _key(words: str) -> str:
    return " ".join(fold_str(_NOT_WORD.sub(" ", words)).lower().split())


@lru_cache(maxsize=4)
def load_other_hours(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """The openers of data/assembly.json `other_hours` (both languages), folded."""
    return frozenset(_key(w) for w in load_assembly_rules(path).get("other_hours", {}).get("openers", ()))


def opens_at_another_hour(event: Event) -> bool:
    """Whether the event's sentence opens with a word of another hour right before its own day:
    the words from the quote's start to the date are one of `other_hours.openers` (a leading
    و or ف, and a trailing يوم or `on`, aside)."""
    quote, day = event.spans.get("quote"), event.spans.get("date")
    if not quote or not day or not event.date or len(event.date) != 10 or not quote[0] <= day[0] <= quote[1]:
        return False
    words = _key(event.quote[: day[0] - quote[0]]).split()
    if words and words[0] in ("و", "ف"):
        words = words[1:]
    elif words and words[0][:1] in ("و", "ف") and words[0][1:] in ("في",):
        words = [words[0][1:], *words[1:]]
    return bool(words) and " ".join(words) in load_other_hours()


def at_another_hour(a: Event, b: Event) -> bool:
    """Whether two tellings of a deed done at a place on one day are two deeds, one of them told
    in a sentence opened by a word of another hour of that day and the other not."""
    if a.event_type != b.event_type or a.event_type not in load_apart()[0] or a.date != b.date:
        return False
    return opens_at_another_hour(a) != opens_at_another_hour(b)
