"""A bare definite event noun ("the referendum", "الاستفتاء") that the catalog ties to an
entry by its keywords alone, in an article that has written the same noun before and told an
event of that type on another day ("turnout in the region's independence referendum ... Kurds
voted on Monday ... Turkey had launched the drills a week before the referendum"): the
article's own event told again, not the catalogued one of another country or year; it makes no
second event."""

from __future__ import annotations

import re

from events.model import Event
from events.reference import ReferenceCatalog, find_references
from events.text.lazy import LazyPattern
from events.text.normalize import fold

# "the" right before the noun: nothing that names which one it is
_THE_BEFORE = LazyPattern(r"(?<![\w-])the\s+$", re.IGNORECASE)
# the Arabic article on the noun itself, after a clitic or none
_ARABIC_DEFINITE = LazyPattern(r"^(?:[وفبل]|وب|ول|فب|فل)?ال(?=\w{3})")
# an Arabic adjective right after the noun ("الاستفتاء التركي"): it says which one
_ARABIC_QUALIFIED = LazyPattern(r"^\s+ال\w")
_LOOK_BACK = 12


def _bare_head(text: str, event: Event) -> str | None:
    """The noun of a bare definite event word (without the Arabic article), or None."""
    start, end = event.spans.get("trigger") or (None, None)
    if start is None or end is None:
        return None
    word = text[start:end]
    if " " in word.strip():
        return None
    if event.language == "en":
        return word.lower() if _THE_BEFORE.search(text[max(0, start - _LOOK_BACK) : start]) else None
    if event.language == "ar":
        m = _ARABIC_DEFINITE.match(word)
        if m is None or _ARABIC_QUALIFIED.match(text[end : end + 6]):
            return None
        return word[m.end() :]
    return None


def _named_in_its_sentence(text: str, event: Event, catalog: ReferenceCatalog) -> bool:
    """Whether the event's sentence names its catalogued entry by an alias."""
    start, end = event.spans.get("quote") or (0, 0)
    quote = text[start:end]
    return any(m.ref_id == event.reference_id for m in find_references(quote, fold(quote), catalog, event.published))


def _retells(text: str, event: Event, head: str, earlier: Event) -> bool:
    """Whether `earlier` is an event of the same type told before, on another day than the
    catalog's entry, in an article that has written the same noun before the event's sentence."""
    if earlier is event or earlier.event_type != event.event_type or earlier.date in (None, event.date):
        return False
    if earlier.reference_id == event.reference_id:
        return False
    e_start = (earlier.spans.get("trigger") or (None, None))[0]
    start = (event.spans.get("quote") or (0, 0))[0]
    if e_start is None or e_start >= start:
        return False
    return re.search(r"(?<!\w)(?:ال)?" + re.escape(head) + r"(?!\w)", text[:start], re.IGNORECASE) is not None


def without_bare_retellings(events: list[Event], text: str, catalog: ReferenceCatalog) -> list[Event]:
    """The events without the bare definite nouns that tell the article's own event again (above)."""
    kept = []
    for event in events:
        head = _bare_head(text, event) if event.reference_id is not None and event.date_basis == "reference" else None
        if (
            head
            and any(_retells(text, event, head, other) for other in events)
            and not _named_in_its_sentence(text, event, catalog)
        ):
            continue
        kept.append(event)
    return kept
