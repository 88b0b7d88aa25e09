"""A change of office named by a noun with a possessive pronoun ("his resignation"), its owner told
by a personal pronoun before it in its sentence (he, she), after one of its kind the article tells
in the same country within the month before: a person leaves an office once, and the pronouns
take up the one whose change was told ("Hariri resigned on Tuesday ... He later submitted his
resignation to President Aoun"; "since he announced his resignation on November 4 ... said on
Wednesday he was putting his resignation on hold"). The noun makes no second event: its sentence
joins the sources of the change told before. A name before the noun ("Prime Minister Mikati
submitted his resignation") tells whose it is, perhaps someone else's; in Arabic, whose verbs
carry their subject, the owner of استقالته is not told apart so, and the rule is English only."""

from __future__ import annotations

import re

from events.assemble.text import day_of
from events.model import Event
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str

# an English possessive pronoun right before the event word (his resignation)
_POSSESSIVE_EN = LazyPattern(r"(?<![\w-])(?:his|her)\s+$", re.IGNORECASE)
# a personal pronoun as a subject (He later submitted, said he was putting)
_SUBJECT_EN = LazyPattern(r"(?<![\w-])(?:he|she)(?![\w-])", re.IGNORECASE)
_STEM = 5  # the letters two words of one kind of change share at their start (resign-)
_MONTH = 31  # the most days between the change told and the noun that takes it up


def _owned_noun(event: Event) -> str | None:
    """The stem of an English appointment's event word when it is a noun with a possessive
    pronoun and a personal pronoun before it in its sentence ("he was putting his resignation on
    hold" → resig), else None."""
    quote, trigger = event.spans.get("quote"), event.spans.get("trigger")
    if event.event_type != "appointment" or event.language != "en" or not quote or not trigger or not event.trigger:
        return None
    words = event.trigger.split()
    start = trigger[0] - quote[0]
    if len(words) != 1 or not _POSSESSIVE_EN.search(event.quote[max(0, start - 8) : start]):
        return None
    return _stem(words[0]) if _SUBJECT_EN.search(event.quote[: max(0, start - 4)]) else None


def _stem(word: str) -> str:
    """The first letters of a word, folded and lower-cased."""
    return fold_str(word).lower()[:_STEM]


def _days(later: Event, earlier: Event) -> int | None:
    a, b = day_of(later.date), day_of(earlier.date)
    return None if a is None or b is None else (a - b).days


def _taken_up(noun: Event, stem: str, events: list[Event]) -> Event | None:
    """The one other change of the noun's kind (its word starting alike), in one of its countries,
    dated to a day up to `_MONTH` days before it, or on its day and told before it."""
    found = []
    for other in events:
        if other is noun or other.event_type != noun.event_type or not set(other.countries) & set(noun.countries):
            continue
        if other.date_precision != "day" or not other.trigger or _stem(other.trigger.split()[0]) != stem:
            continue
        days = _days(noun, other)
        told_before = (other.spans.get("trigger") or (0, 0))[0] < (noun.spans.get("trigger") or (0, 0))[0]
        if days is not None and (0 < days <= _MONTH or (days == 0 and told_before)):
            found.append(other)
    return found[0] if len(found) == 1 else None


def without_owned_changes(events: list[Event]) -> list[Event]:
    """The events less each change of office a possessive noun takes up (see above)."""
    kept: list[Event] = []
    for ev in events:
        stem = _owned_noun(ev)
        told = _taken_up(ev, stem, events) if stem and len(stem) == _STEM else None
        if told is None:
            kept.append(ev)
            continue
        told.sources = [*told.sources, *ev.sources]
    return kept
