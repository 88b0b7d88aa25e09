"""A definite event word that a verb of announcing takes as its object, perhaps after a word of
its start ("Jubeir announced the start of the military operation at a news conference in
Washington late on Wednesday", «أعلن ... بدء العملية العسكرية», "Zarif and Mogherini announced
the deal", «أعلن ... عن الاتفاق»), after the article has told a deed of its type in a sentence
before, is that deed told again: one event per real-world event, kept where the deed is told,
with its own sides and place (the announcer and the place of the announcement are none of
them), and dated by the better date of the two (data/assembly.json `announced_retellings`)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.dedupe import _BASIS_RANK, _told_as_another
from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _PRECISION_RANK, event_day
from events.model import Event
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str

_DAYS_APART = 1  # the announcement may come a day before or after the deed told (a news conference abroad)


@lru_cache(maxsize=4)
def _announcing(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], int]:
    """A search, at the end of the text before an event word, for a verb of announcing, at most
    `reach` characters of its subject or time with no word of a clause of its own, and perhaps a
    word of the start of a deed (over folded text); the reach."""
    rules = load_assembly_rules(path)["announced_retellings"]

    def words(key: str) -> str:
        return alternation((fold_str(w).lower() for w in rules[key]), spaced=True)

    reach = int(rules["reach"])
    clause = r"(?<!\w)(?:" + words("clause_words") + r")(?!\w)"
    pattern = re.compile(
        r"(?<!\w)[وف]?(?:" + words("verbs") + r")(?!\w)"
        r"(?P<gap>(?:(?!" + clause + r")[^.!?؟:\"«»“”])" + "{0," + str(reach) + r"}?)"
        r"(?:\s(?:" + words("starts") + r"))?\s+(?:the\s+)?\Z",
        re.IGNORECASE,
    )
    return pattern, reach


# the Arabic article on the event word (العملية، بالاتفاق); a pronoun on it (استقالتها) names whose deed it is
_ARTICLE_AR = LazyPattern(r"^(?:[وفبل]|وب|ول|فب|فل)?ال[\u0600-\u06FF]")
_THE_EN = LazyPattern(r"(?<!\w)the\s+\Z", re.IGNORECASE)


def told_as_announced(event: Event) -> bool:
    """Whether the event word, with the article on it (العملية; the deal: no possessive, which
    names whose deed it is, as in 'announced her resignation', «أعلنت استقالتها»), is the
    object of a verb of announcing."""
    quote, trigger = event.spans.get("quote"), event.spans.get("trigger")
    if not quote or not trigger:
        return False
    pattern, reach = _announcing()
    start = trigger[0] - quote[0]
    words = event.trigger.split()
    if not words or not (_ARTICLE_AR.search(words[0]) or _THE_EN.search(event.quote, max(0, start - 8), start)):
        return False
    before = fold_str(event.quote[max(0, start - reach - 40) : start]).lower()
    return pattern.search(before) is not None


def _dates_near(a: Event, b: Event) -> bool:
    """Whether two tellings' dates can be one deed's: the same day or a day apart, or one of them
    dated only by the publication, on or after the other's day."""
    day_a, day_b = event_day(a), event_day(b)
    if day_a is None or day_b is None:
        return False
    if "publication" in (a.date_basis, b.date_basis):
        dated, undated = (b, a) if a.date_basis == "publication" else (a, b)
        return dated.date_basis != "publication" and 0 <= (event_day(undated) - event_day(dated)).days <= _DAYS_APART  # type: ignore[operator]
    return abs((day_a - day_b).days) <= _DAYS_APART


def _deed_told_before(announced: Event, events: list[Event]) -> Event | None:
    """The one deed of the announced word's type told in a sentence before it, sharing one of
    its countries, on a date near its own (`_dates_near`), not told as another of its type."""
    quote = announced.spans.get("quote")
    if not quote:
        return None
    told = [
        e
        for e in events
        if e is not announced
        and e.event_type == announced.event_type
        and (q := e.spans.get("quote"))
        and q[1] <= quote[0]
        and set(e.countries) & set(announced.countries)
        and _dates_near(e, announced)
        and not _told_as_another(e)
    ]
    return told[0] if len(told) == 1 else None


def _rank(event: Event) -> tuple[int, int]:
    return _BASIS_RANK.get(event.date_basis or "", 0), _PRECISION_RANK.get(event.date_precision or "", 0)


def without_announced_retellings(events: list[Event]) -> list[Event]:
    """The events less each definite word told as announced (`told_as_announced`) that retells a
    deed told before (`_deed_told_before`): its sentence joins that deed's sources, and the deed
    takes its date when that date is the better (a day the text gives, where the deed had only
    the publication's)."""
    kept: list[Event] = []
    for ev in events:
        deed = _deed_told_before(ev, events) if told_as_announced(ev) else None
        if deed is None:
            kept.append(ev)
            continue
        deed.sources = [*deed.sources, *ev.sources]
        if _rank(ev) > _rank(deed):
            deed.date, deed.date_precision, deed.date_basis = ev.date, ev.date_precision, ev.date_basis
            if "date" in ev.spans:
                deed.spans["date"] = ev.spans["date"]
    return kept
