"""Where people or goods came from is no place of the deed.

A name right after "from" ("contingents from Belarus, Armenia and Tajikistan", "imports of
fish from Taiwan", "trucks pushed across bridges from Colombia and Brazil"), or after Arabic
words of coming from ("وصلت طائرات قادمة من قطر والكويت"; `trip_origins` of
data/assembly.json, whose English words also begin with "from"'s verbs), is where someone or
something set out: the deed happened where they went, not there. So is every name listed with
it, after a comma or "and" (و). The Arabic preposition من alone is partitive, or tells the
place of a deed itself, too often ("اعتقال الشيخ من مكة") to count.

A name after "from" stays a place when a word of leaving or taking stands shortly before it
(`origin_places.kept_after` of data/assembly.json: "withdrawing their troops from Mali",
"expelled from Syria", "seized Crimea from Ukraine"): what is left or taken is where the deed
is done; so does one after a distance ("30 km from Damascus", "not far from Aleppo"). Fire
from a place close after an attack's word ("fired rockets from Lebanon at ...") is left to
the attack's own reading of where the fire came from; a traveller's origin
(`trip_origins.py`) and what a closure keeps out ("closed its airspace to flights from the
Kurdistan Region") are read on their own too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.trip_origins import load_trip_origins
from events.model import ActorMention, PlaceMention
from events.text.lazy import LazyPattern

Name = PlaceMention | ActorMention
N = TypeVar("N", PlaceMention, ActorMention)

_REACH = 12  # characters from the end of the words of coming from to the start of the name
_KEPT_WORDS = 4  # words before "from" within which a word of leaving or distance keeps the name a place

# "from" (perhaps "from the") ending where a name starts
_FROM = LazyPattern(r"(?<![^\W\d_])from\s+(?:the\s+)?$", re.IGNORECASE)
# what joins a name to the one listed before it: a comma or "and" (perhaps "the" after it), or و
_LIST_LINK = LazyPattern(r"\s*(?:[,،]\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?|\s*[,،]?\s*و?", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_kept_words(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a word of leaving or of distance (data/assembly.json `origin_places.kept_after`)."""
    words = load_assembly_rules(path).get("origin_places", {}).get("kept_after", ())
    return re.compile(r"(?<![^\W\d_])(?:" + alternation(words) + r")(?![^\W\d_])", re.IGNORECASE)


def _after_from(text: str, place: Name) -> bool:
    """Whether "from" stands right before the name and no word of leaving or distance shortly before it."""
    m = _FROM.search(text, max(0, place.start - 10), place.start)
    if m is None:
        return False
    before = text[max(0, m.start() - 80) : m.start()].split()[-_KEPT_WORDS:]
    return load_kept_words().search(" ".join(before)) is None


def _after_coming_from(text: str, place: Name) -> bool:
    """Whether words of coming from end right before the name ("قادمة من قطر")."""
    return any(
        0 <= place.start - m.end() <= _REACH for m in load_trip_origins().finditer(text, max(0, place.start - 60), place.start)
    )


def _listed_after(text: str, before: Name, place: Name) -> bool:
    """Whether `place` follows `before` in one list: a comma or "and" between them, or و on
    the name or before it ("من قطر والكويت")."""
    gap = text[before.end : place.start]
    if _LIST_LINK.fullmatch(gap) is None:
        return False
    return bool(gap.strip()) or place.text.startswith("و")


def origins(text: str, names: Sequence[Name], trigger: tuple[int, int], fired_reach: int = 0) -> set[int]:
    """The starts of the names (places or parties) told as where someone or something came from
    (see the module); with `fired_reach`, not those within that many characters after the event
    word (an attack's fire from a place, read where the attack is placed)."""
    ordered = sorted(names, key=lambda n: n.start)
    found: set[int] = set()
    for i, n in enumerate(ordered):
        if fired_reach and trigger[1] <= n.start <= trigger[1] + fired_reach:
            continue
        listed = i > 0 and ordered[i - 1].start in found and _listed_after(text, ordered[i - 1], n)
        if listed or _after_from(text, n) or _after_coming_from(text, n):
            found.add(n.start)
    return found


def without_origins(text: str, names: list[N], trigger: tuple[int, int], fired_reach: int = 0) -> list[N]:
    """`names` without those told as where someone or something came from: no place of the
    deed, nor the side it was done to or for ("contingents from Belarus" are no target)."""
    if not names:
        return names
    gone = origins(text, names, trigger, fired_reach)
    return [n for n in names if n.start not in gone]
