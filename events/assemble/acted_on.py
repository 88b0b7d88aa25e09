"""A protest, a meeting or an attack named by its definite noun as the object of a verb that acts
on it ("Officers later dispersed the protest", "The government condemned the attack", «وفرّقت
الشرطة التظاهرة», «وأنهت قوات الأمن الاعتصام») is the deed told before, not a new one: the
definite noun takes it up. With no day of its own, it joins the last event of its type told
before it; with none, it takes the day of the last event told before it in one of its countries
(police fired tear gas at the protesters on Friday, then dispersed the protest: Friday's
protest). Told first in its article, it is the article's own news and stays as it is (word
lists: `acted_on` of data/assembly.json)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import Event
from events.text.normalize import fold_str


@lru_cache(maxsize=4)
def load_acted_on(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    """The types (`types`); a search, ending right before an English event word, for a verb
    (`en_verbs`), "the" and at most one word; and one, ending right before an Arabic event word
    with its article, for a verb (`ar_verbs`, و or ف before it) and at most `ar_subject_words`
    words of its subject, with no punctuation between."""
    rules = load_assembly_rules(path).get("acted_on", {})
    en = re.compile(
        r"(?<![\w-])(?:" + alternation(rules.get("en_verbs", ()), spaced=True) + r")\s+the\s+(?:[a-z-]+\s+)?$",
        re.IGNORECASE,
    )
    words = int(rules.get("ar_subject_words", 3))
    verbs = alternation(fold_str(w) for w in rules.get("ar_verbs", ()))
    ar = re.compile(r"(?<!\w)[وف]?(?:" + verbs + r")(?:\s+[^\W\d_]+){0," + str(words) + r"}\s+$")
    return frozenset(rules.get("types", ())), en, ar


def _acted_on(event: Event) -> bool:
    """Whether the event's word is a definite noun right after a verb acting on it."""
    types, en, ar = load_acted_on()
    quote, trigger = event.spans.get("quote"), event.spans.get("trigger")
    if event.event_type not in types or not quote or not trigger:
        return False
    before = event.quote[max(0, trigger[0] - quote[0] - 80) : trigger[0] - quote[0]]
    word = fold_str(event.trigger or "")
    if word.isascii():
        return en.search(before) is not None
    return re.match(r"[وف]?(?:[بل]?ال|لل)", word) is not None and ar.search(fold_str(before)) is not None


def _told_before(event: Event, before: list[Event]) -> tuple[Event | None, Event | None]:
    """The last event of the event's type told before it, and the last one with a day of its own
    told before it in one of its countries."""
    same = next((o for o in reversed(before) if o.event_type == event.event_type), None)
    dated = next(
        (
            o
            for o in reversed(before)
            if o.date_basis != "publication" and o.date_precision == "day" and set(o.countries) & set(event.countries)
        ),
        None,
    )
    return same, dated


def _start(event: Event) -> int:
    trigger = event.spans.get("trigger")
    return trigger[0] if trigger else -1


def without_acted_on(events: list[Event]) -> list[Event]:
    """The events less each one with no day of its own told as acted on after its type was told
    (its sentence joins that event's sources); one told after another deed of its countries
    takes that deed's day."""
    ordered = sorted(events, key=_start)
    dropped: set[int] = set()
    for i, ev in enumerate(ordered):
        if ev.date_basis != "publication" or not _acted_on(ev):
            continue
        before = [o for o in ordered[:i] if id(o) not in dropped and _start(o) >= 0]
        same, dated = _told_before(ev, before)
        if same is not None:
            same.sources = [*same.sources, *ev.sources]
            dropped.add(id(ev))
        elif dated is not None:
            ev.date, ev.date_precision, ev.date_basis = dated.date, dated.date_precision, dated.date_basis
        told = same if same is not None and same.date_basis != "publication" else dated
        if told is not None:
            _on_its_day(ev, told, ordered)
    return [e for e in events if id(e) not in dropped]


def _on_its_day(acted_on: Event, told: Event, events: list[Event]) -> None:
    """Deeds with no day of their own in the acted-on deed's sentence ("dispersed the protest and
    detained 20 people") were done at it: they take the day of the deed it takes up."""
    quote = acted_on.spans.get("quote")
    for other in events:
        if other is not acted_on and other.date_basis == "publication" and quote and other.spans.get("quote") == quote:
            other.date, other.date_precision, other.date_basis = told.date, told.date_precision, told.date_basis
