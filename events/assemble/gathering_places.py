"""A gathering named again by its definite noun alone ("وشاركت في القمة الإمارات"; "left the
summit before Assad spoke"), with no place of its own in its sentence, is the one an earlier
sentence told with its place ("القمة ... التي استضافتها محافظة العلا", "a summit ... in the
Red Sea city of Jeddah"): it was held there, not in a state its sentence names for another
reason (قطع العلاقات مع الدوحة) nor at an actor's home. The place is the first one of the
earliest sentence naming the gathering that stands a short way after its noun with "in" or a
noun of places before it, or right after a verb of hosting (data/assembly.json `hosting_verbs`); the nouns are
those of a gathering one attends (`visit_gatherings`); not another gathering of the name (القمة
المقبلة, the next summit)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from events.assemble.hosted_venues import load_hosting_verbs
from events.assemble.text import _Candidate, _location, _placed_in
from events.assemble.told_gatherings import _another, _named, _nouns
from events.model import Event, PlaceMention
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str

_PROCLITICS = re.compile(r"^(?:و|ف)?(?:ب|ل|ك)?(?=ال)")
_THE_EN = LazyPattern(r"(?i)\bthe\s+(?:[\w'-]+\s+){0,3}$")  # "the summit", "the two-day summit"
_OWN_REACH = 40  # characters after the noun within which a place of its own would stand
_HOST_REACH = 60  # characters before a place searched for a verb of hosting
_TOLD_REACH = 150  # characters after the noun within which its place starts in an earlier sentence


def _noun_of(trigger: str) -> str | None:
    """The gathering noun the event word is, without its proclitics or "the"."""
    word = re.sub(r"(?i)^the\s+", "", _PROCLITICS.sub("", fold_str(trigger.strip()))).lower()
    return next((n for n in _nouns() if fold_str(n).lower() == word), None)


def _told_place(
    text: str, lo: int, end: int, places: Sequence[PlaceMention], reach: int
) -> PlaceMention | None:
    """The first place starting at most `reach` characters after the noun ending at `end` that
    its sentence tells the gathering's: after "in" or a noun of places, or right after a verb of
    hosting."""
    hosting = load_hosting_verbs()
    for place in places:
        if place.start < end or place.start > end + reach:
            continue
        if _placed_in(text, place) or hosting.search(text, max(lo, place.start - _HOST_REACH), place.start):
            return place
    return None


def place_of_the_gathering_told(
    event: Event,
    text: str,
    cand: _Candidate,
    before: Sequence[tuple[int, int]],
    places_in: Callable[[int, int], Sequence[PlaceMention]],
    spans: dict,
) -> None:
    """Place a meeting whose word is the definite noun of a gathering, with no place after it in
    its sentence, where the earliest earlier sentence (`before`: in the text's order) naming that
    gathering told it held."""
    if event.event_type != "meeting" or cand.reference_id is not None:
        return
    noun = _noun_of(cand.trigger_text)
    if noun is None:
        return
    lo, hi = cand.sentence
    start, end = cand.trigger[:2]
    if noun.isascii() and not _THE_EN.search(text, max(lo, start - 60), start):
        return  # "a summit": not one the article told before
    if _another(text, start, end):
        return
    if _told_place(text, lo, end, places_in(end, hi), _OWN_REACH) is not None:
        return  # "the summit in Cairo", "القمة التي استضافتها الرياض": a place of its own
    named = _named(noun)
    for s_lo, s_hi in before:  # the earliest telling first
        for found in named.finditer(text, s_lo, s_hi):
            if _another(text, found.start(), found.end()):
                continue
            place = _told_place(text, s_lo, found.end(), places_in(found.end(), s_hi), _TOLD_REACH)
            if place is not None:
                event.location = _location(place)
                spans["location"] = [place.start, place.end]
                if place.country and place.country not in event.countries:
                    event.countries.append(place.country)
                return
