"""Where a closure is: a state closing its own airspace, borders or ports to what comes from
elsewhere ("Tehran closed its airspace to flights from the Kurdistan Region", "أغلقت إيران
مجالها الجوي أمام الرحلات القادمة من إقليم كردستان") does so on its own ground: a place named
right after a word of origin (`closure_origins` of data/assembly.json: from, من) is where the
flights or the goods come from, a side but not the closure's place, which is the closing state's.
So are the destinations of what a suspension or ban stops going out ("The UAE suspended flights
to Iraq, Iran and Jordan", "أوقفت تركيا تصدير الأسلحة إلى السعودية"): the countries named after a
word of destination that follows a noun of `halted_deliveries` are where it would have gone."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.candidates import _closure
from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import PlaceMention
from events.text.lazy import LazyPattern

_REACH = 12  # characters before the place searched for the word of origin


@lru_cache(maxsize=4)
def load_closure_origins(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A word of origin, perhaps with "the", ending where the place's name starts."""
    words = load_assembly_rules(path).get("closure_origins", ())
    return re.compile(r"(?<![^\W\d_])(?:" + alternation(words) + r")\s+(?:the\s+)?$", re.IGNORECASE)


def closure_origin(text: str, place: PlaceMention, trigger_text: str) -> bool:
    """Whether `place` is named as the origin of what a closure keeps out."""
    return _closure(trigger_text) and load_closure_origins().search(text, max(0, place.start - _REACH), place.start) is not None


_HALTED_REACH = 6  # words between the word of closure and the word of destination


@lru_cache(maxsize=4)
def load_halted_deliveries(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A noun of what a suspension stops (`halted_deliveries`), a few words at most, then a word
    of destination, matched from the end of the closure word (`أوقفت تركيا تصدير الأسلحة إلى`)."""
    rules = load_assembly_rules(path)
    nouns = rules.get("halted_deliveries", {}).get("nouns", ())
    words = rules.get("destination_words", ())
    gap = r"(?:\W+[^\W\d_]+){0," + str(_HALTED_REACH) + r"}?"  # a few words
    noun = r"\W+(?:" + alternation(nouns, spaced=True) + r")(?![^\W\d_])"
    return re.compile(
        gap + noun + gap + r"\W+(?:" + alternation(words) + r")\s+(?:the\s+)?",
        re.IGNORECASE,
    )


_LIST_GLUE = LazyPattern(r"^(?:[\s,،]+|\s+(?:and|or)\s+(?:the\s+)?|\s+[وأ]|\s*(?:the\s+))*$", re.IGNORECASE)


def closure_destination(
    text: str, place: PlaceMention, trigger: tuple[int, int], trigger_text: str, places: Sequence[PlaceMention]
) -> bool:
    """Whether `place` is named among the destinations of what a closure word stops going out
    ("suspended flights to Iraq, Iran and Jordan": Iran): after the word of destination come
    only names of places and the words that list them."""
    if not _closure(trigger_text) or place.start < trigger[1]:
        return False
    found = load_halted_deliveries().match(text, trigger[1], place.start + 1)
    if found is None or found.end() > place.start:
        return False
    pos = found.end()
    for other in sorted(places, key=lambda p: p.start):
        if pos <= other.start and other.end <= place.start:
            if not _LIST_GLUE.match(text[pos : other.start]):
                return False
            pos = other.end
    return bool(_LIST_GLUE.match(text[pos : place.start]))


@lru_cache(maxsize=4)
def load_closure_held_places(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A word of place (`closure_held_places`) or of destination (`destination_words`: a ban on
    entry into the kingdom is held there), perhaps with "the", ending where a name starts."""
    rules = load_assembly_rules(path)
    words = [*rules.get("closure_held_places", {}).get("words", ()), *rules.get("destination_words", ())]
    return re.compile(r"(?<![^\W\d_])(?:" + alternation(words) + r")\s+(?:the\s+)?$", re.IGNORECASE)


def closure_target(text: str, place: PlaceMention, trigger: tuple[int, int], trigger_text: str, home: str) -> bool:
    """Whether `place`, a country other than the closing state's (`home`) named after the closure
    word and not after a word of place or destination, is the state the closure is taken against ("قررت البحرين
    إغلاق سفارة قطر", "غلق مكتب قناة الجزيرة ... مع قطر"): the closure is on `home`'s ground."""
    if not _closure(trigger_text) or place.precision != "country" or place.country in (None, home) or place.start < trigger[1]:
        return False
    return load_closure_held_places().search(text, max(0, place.start - _REACH), place.start) is None
