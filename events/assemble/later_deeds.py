"""A deed told as coming later than an event of its type told, with its time, in the sentence
before ("Riyadh severed ties with Tehran in January 2016. Several Gulf allies, including
Bahrain, later also cut relations with Iran."): with no date of its own it belongs to that
time, not to the day of the publication. Only after an event well before the publication (a
"later" after today's news is that news' own day, which other rules give), and at most to
the month, since "later" is not the same day."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import Event, TimeMention


@lru_cache(maxsize=4)
def load_later_deeds(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], int]:
    """assembly.json `later_deeds`: a search for an adverb of a later time, as a whole word,
    and the fewest days the event before must lie before the publication."""
    rules = load_assembly_rules(path).get("later_deeds", {})
    adverbs = re.compile(r"(?<!\w)[وف]?(?:" + alternation(rules.get("adverbs", ()), spaced=True) + r")(?!\w)", re.IGNORECASE)
    return adverbs, int(rules.get("min_days", 60))


def _days_before(day: str, published: str) -> int:
    start = day + "-01" * ((10 - len(day)) // 3)
    return (date.fromisoformat(published[:10]) - date.fromisoformat(start)).days


def date_as_later(
    event: Event, text: str, cand: _Candidate, before: tuple[int, int], told: Sequence[Event], spans: dict
) -> None:
    """Date a publication-dated event whose word comes after an adverb of a later time in its
    sentence by the time of the last event of its type told with a date in the sentence
    `before`."""
    if event.date_basis != "publication" or not event.published or before[0] >= before[1]:
        return
    adverbs, min_days = load_later_deeds()
    if adverbs.search(text, cand.sentence[0], cand.trigger[0]) is None:
        return
    dated = [
        ev
        for ev in told
        if before[0] <= ev.spans["quote"][0] < before[1]
        and ev.event_type == event.event_type
        and ev.date_basis in ("explicit", "relative", "reference")
        and ev.date
    ]
    if not dated or _days_before(dated[-1].date or "", event.published) < min_days:
        return
    prior = dated[-1]
    cut = 7 if prior.date_precision == "day" else len(prior.date or "")
    event.date = (prior.date or "")[:cut]
    event.date_precision = "month" if cut == 7 else prior.date_precision  # type: ignore[assignment]
    event.date_basis = "explicit" if prior.date_basis == "reference" else prior.date_basis
    spans["date"] = prior.spans.get("date")


@lru_cache(maxsize=4)
def load_later_spans(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """assembly.json `later_deeds.same_time_after`: a search, from right after an English event
    word (at most three words between), for a span of the same day counted after the time told
    before it (hours later, shortly afterwards)."""
    words = load_assembly_rules(path).get("later_deeds", {}).get("same_time_after", ())
    return re.compile(r"(?:\s+[\w'-]+){0,3}?\s+(?:" + alternation(words, spaced=True) + r")(?!\w)", re.IGNORECASE)


def date_hours_later(event: Event, text: str, cand: _Candidate, dates: Sequence[TimeMention], spans: dict) -> None:
    """Date a publication-dated English event whose word is followed by a span of the same day
    counted after a time (`load_later_spans`: "when soldiers detained President Keita, who resigned
    hours later") by the last time its sentence names before the word, at that time's precision:
    hours after a day in August 2020 are in August 2020."""
    if event.date_basis != "publication" or event.language != "en" or cand.tense != "past":
        return
    if load_later_spans().match(text, cand.trigger[1], cand.sentence[1]) is None:
        return
    before = [d for d in dates if cand.sentence[0] <= d.start and d.end <= cand.trigger[0] and not d.recurring]
    if not before or (event.published and before[-1].value > event.published):
        return
    prior = before[-1]
    event.date, event.date_precision, event.date_basis = prior.value, prior.precision, prior.basis  # type: ignore[assignment]
    event.end_date = None
    spans["date"] = [prior.start, prior.end]
