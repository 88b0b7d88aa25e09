"""The seat of a body named beside it ("المرصد السوري لحقوق الإنسان ومقره بريطانيا", "التي
تتخذ من لاهاي مقرا لها", "the Observatory, based in Britain"): where the body sits, neither a
party to the event nor its place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import ActorMention, PlaceMention
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str


def _alternatives(words: Iterable[str] | None) -> str:
    return alternation(fold_str(w) for w in words or ())


@lru_cache(maxsize=4)
def load_seat_words(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Searches, over folded text, for a seat noun in apposition right before a name
    (data/assembly.json `seat_words.before`: ومقره، ومقرها في، التي مقرها) and for one right after a name that follows من
    (`seat_words.after`: تتخذ من لاهاي مقرا)."""
    words = load_assembly_rules(path).get("seat_words", {})
    before = re.compile(r"(?<![^\W\d_])(?:" + _alternatives(words.get("before")) + r")\s+(?:في\s+|the\s+)?$", re.IGNORECASE)
    after = re.compile(r"\s*(?:" + _alternatives(words.get("after")) + r")(?![^\W\d_])")
    return before, after


_SEAT_REACH = 20  # characters before a name searched for the seat noun
_FROM = LazyPattern(r"(?<![^\W\d_])من\s+$")


@lru_cache(maxsize=4)
def _seat_stems(path: Path = ASSEMBLY_RULES) -> tuple[str, ...]:
    """The first three letters of each seat word's noun (its last word of three letters or more:
    مقره of الذي مقره, based of based in), lower-cased: names with none of them near them need
    no closer look (letters a folding would change do not begin these nouns)."""
    words = load_assembly_rules(path).get("seat_words", {})
    stems = set()
    for w in (*words.get("before", ()), *words.get("after", ())):
        parts = [p.lstrip("و") for p in fold_str(w).lower().split()]
        stems.add(next(p for p in reversed(parts) if len(p) >= 3 or p is parts[0])[:3])
    return tuple(sorted(stems))


def _is_seat(text: str, start: int, end: int) -> bool:
    """Whether the name at `start`-`end` is the seat of the body named before it."""
    before, after = load_seat_words()
    if before.search(fold_str(text[max(0, start - _SEAT_REACH) : start])):
        return True
    return _FROM.search(text, max(0, start - 4), start) is not None and after.match(fold_str(text[end : end + _SEAT_REACH])) is not None


def _drop_seats(
    text: str, actors: list[ActorMention], places: list[PlaceMention]
) -> tuple[list[ActorMention], list[PlaceMention]]:
    """The actors and places of a sentence without the names that only say where a body named
    in it sits."""
    names = [*actors, *places]
    if not names:
        return actors, places
    near = text[max(0, min(n.start for n in names) - _SEAT_REACH) : max(n.end for n in names) + _SEAT_REACH].lower()
    if not any(stem in near for stem in _seat_stems()):
        return actors, places  # no seat noun near any name: nothing to look at closer
    return (
        [a for a in actors if not (a.country and _is_seat(text, a.start, a.end))],
        [p for p in places if not _is_seat(text, p.start, p.end)],
    )
