"""Names in an event's sentence that say who someone is, not where the event happened: a country
that qualifies an office (رئيس الولايات المتحدة, the president of the United States), and the
states listed as the event's doers before its word (وكانت السعودية ومصر والإمارات والبحرين قطعت العلاقات مع قطر).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from events.assemble.parties import _TITLE_OF_EN, _TITLES_AR
from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.assemble.text import _CLITIC_ARTICLE, _IN_WORDS, _LIST_GAP, _TARGET_WORDS, _word_before
from events.model import ActorMention, PlaceMention
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str

M = TypeVar("M", ActorMention, PlaceMention)


def _after_office(text: str, place: PlaceMention) -> bool:
    """Whether the country's name follows an office noun ("أمير قطر", "رئيس الولايات المتحدة",
    "the emir of Qatar"): it names the office's holder."""
    word = _word_before(text, place.start)
    if word is not None and _CLITIC_ARTICLE.sub("", fold_str(word), count=1) in _TITLES_AR:
        return True
    return _TITLE_OF_EN.search(text, max(0, place.start - 40), place.start) is not None


def _without_office_countries(
    text: str, places: list[PlaceMention], parties: Sequence[ActorMention]
) -> list[PlaceMention]:
    """The places of an event without a country named only as an office's ("انتخابات تتعرض
    لهجوم من رئيس الولايات المتحدة": Iran's election, not held in the United States), when that
    country is none of the event's parties. The country of a holder who takes part ("أمير قطر"
    in a story of the measures against Qatar) stays a place the event may have."""
    sides = {a.country for a in parties if a.country}
    sides.update(c for a in parties for c in a.members)
    return [p for p in places if not (p.precision == "country" and p.country not in sides and _after_office(text, p))]


@lru_cache(maxsize=4)
def load_list_openers(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """Words that open a list of doers and end in a preposition (data/assembly.json `list_openers`:
    كل من), matched at the end of the text searched."""
    words = sorted(load_assembly_rules(path).get("list_openers", ()), key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) or "(?!)"
    return re.compile(r"(?<!\w)[وف]?(?:" + alternatives + r")\s*\Z", re.IGNORECASE)


_SEPARATOR = LazyPattern(r"[,،]|(?<![^\W\d_])(?:and|و)(?![^\W\d_])", re.IGNORECASE)

# a name that begins with the conjunction و (والقاهرة، ومصر، وأبو ظبي), not one whose own first
# letter is و followed by a bare alif other than the article's (واشنطن)
_AND_ON_NAME = LazyPattern(r"و(?:ال|(?!ا))[^\W\d_]")


def _joined_list(text: str, states: list[ActorMention], first: ActorMention) -> list[ActorMention]:
    """`first` and the states joined to it after it by commas, "and" or و ("السعودية ومصر
    والإمارات", "السعودية,القاهرة ,أبو ظبي والمنامة"); names side by side with nothing between
    ("اتهمت الدوحة الرياض") are subject and object, not a list."""
    group = [first]
    for a in states[states.index(first) + 1 :]:
        gap = text[group[-1].end : a.start]
        if a.start < group[-1].end or not _LIST_GAP.match(gap):
            break
        if _SEPARATOR.search(gap) is None and _AND_ON_NAME.match(text, a.start) is None:
            break
        group.append(a)
    return group


def _without_listed_doers(
    text: str, places: list[PlaceMention], actors: Sequence[ActorMention], trigger: tuple[int, int]
) -> list[PlaceMention]:
    """The places of a sentence without the states listed together as the doers before the event
    word ("وكانت السعودية ومصر والإمارات والبحرين قطعت العلاقات مع قطر", "أعلنت كل من السعودية
    والقاهرة وأبو ظبي والمنامة قطع العلاقات مع الدوحة"): two or more states, their capitals or
    bodies joined by commas or و, not after a preposition nor "بين", act; they are not where the
    event happened, when the sentence names another side after the event word, as a place too
    ("مع قطر")."""
    if not any(p.start >= trigger[1] and _other_side(text, p, actors) for p in places):
        return places
    states = sorted((a for a in actors if a.country and a.end <= trigger[0]), key=lambda a: a.start)
    listed: list[tuple[int, int]] = []
    i = 0
    while i < len(states):
        group = _joined_list(text, states, states[i])
        i += len(group)
        if len(group) < 2 or not _ends_with_and(text, group) or _not_doers(text, group[0].start):
            continue
        listed.extend((m.start, m.end) for m in group)
    return [p for p in places if not any(p.start < e and s < p.end for s, e in listed)]


def _other_side(text: str, place: PlaceMention, actors: Sequence[ActorMention]) -> bool:
    """Whether a name after the event word is a side dealt with ("مع قطر"), an actor's name not
    after "in" (in "قائمة للمنظمات الموجودة في ليبيا" it is a setting, not a side)."""
    if fold_str(_word_before(text, place.start) or "").lower() in _IN_WORDS:
        return False
    return any(place.start < a.end and a.start < place.end for a in actors)


def _ends_with_and(text: str, group: list[ActorMention]) -> bool:
    """Whether the last name of a list is joined by و or "and" (a list of names joined only by
    commas is a name and its apposition: "العاصمة الألمانية، برلين")."""
    last = group[-1]
    gap = text[group[-2].end : last.start]
    return _AND.search(gap) is not None or _AND_ON_NAME.match(text, last.start) is not None


_AND = LazyPattern(r"(?<![^\W\d_])(?:and|و)(?![^\W\d_])", re.IGNORECASE)


def _not_doers(text: str, start: int) -> bool:
    """Whether a list beginning at `start` follows a preposition ("في السعودية والإمارات": where;
    "بين كندا والسعودية": the sides of a relation), unless a list opener ends in it ("أعلنت كل من
    السعودية والإمارات": who)."""
    word = fold_str(_word_before(text, start) or "").lower()
    if word in load_between_words():
        return True
    if word not in _TARGET_WORDS and not any(word.startswith(c) and word[1:] in _TARGET_WORDS for c in "وف"):
        return False
    return load_list_openers().search(text, 0, start) is None


@lru_cache(maxsize=4)
def load_between_words(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Words before a list of the sides of a relation (data/assembly.json `between_words`: بين, between)."""
    return frozenset(fold_str(w).lower() for w in load_assembly_rules(path).get("between_words", ()))
