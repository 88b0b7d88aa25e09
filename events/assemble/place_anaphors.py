"""A place named once and taken up again by the bare noun of its kind ("قطاع غزة" ... "شنت مئات
الغارات على القطاع", "the Gaza Strip" ... "hit 1,500 targets in the Strip"; a city and "the city",
"العاصمة، طرابلس" ... "في الضواحي الجنوبية للمدينة"): the noun names that place, wherever the
sentence tells a deed there (data/assembly.json `place_anaphors`)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import Mentions
from events.assemble.word_gates import may_name
from events.model import PlaceMention
from events.places import Gazetteer, find_places
from events.text.gates import anchor_words
from events.text.lazy import LazyPattern
from events.text.normalize import fold, fold_str


def may_take_up(m: re.Match[str]) -> bool:
    """Whether the match is a noun at all (the pattern's groups both optional)."""
    return bool(m.group("ar") or m.group("en"))


# the heads of a noun that takes up a city named before it, whatever its name (a head no name
# holds, told apart from every list of heads by identity)
_ANY_CITY: tuple[str, ...] = ("\x00city",)


@lru_cache(maxsize=4)
def load_place_anaphors(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    """A search for a bare noun of `place_anaphors.nouns` or `place_anaphors.cities` (with an
    Arabic clitic before it, and no adjective or name after it), and each noun's heads, folded and
    lower-cased (none for a noun of a city: `_ANY_CITY`)."""
    rules = load_assembly_rules(path).get("place_anaphors", {})
    nouns = {fold_str(k).lower(): tuple(fold_str(h).lower() for h in v) for k, v in rules.get("nouns", {}).items()}
    nouns.update({fold_str(k).lower(): _ANY_CITY for k in rules.get("cities", ())})
    # the nouns as written (المدينة, its ta marbuta unfolded), matched in the text itself
    written = [*rules.get("nouns", {}), *rules.get("cities", ())]
    arabic = [n[2:] for n in written if n.startswith("ال")]
    latin = [n.lower() for n in written if not n.startswith("ال")]
    parts = []
    if arabic:
        parts.append(r"(?<!\w)(?:[وف]?(?:ب|ك)?ال|[وف]?لل)(?P<ar>" + alternation(arabic) + r")(?!\w)(?!\s+(?:ال|لل))")
    if latin:
        parts.append(r"(?<![\w-])(?P<en>" + alternation(latin) + r")(?![\w-])(?!\s+(?:of\s|(?-i:[A-Z])))")
    pattern = re.compile("|".join(parts) or "(?!)", re.IGNORECASE)
    return pattern, nouns


@lru_cache(maxsize=4)
def _noun_anchors(path: Path = ASSEMBLY_RULES) -> tuple[tuple[str, ...], ...]:
    """The words of each noun `load_place_anaphors` searches for (an Arabic one without its article),
    for `may_name`: a text that lacks every word of each noun holds no match of that search."""
    rules = load_assembly_rules(path).get("place_anaphors", {})
    written = [*rules.get("nouns", {}), *rules.get("cities", ())]
    return anchor_words(n[2:] if n.startswith("ال") else n for n in written)


def _named_before(places: list[PlaceMention], at: int, heads: tuple[str, ...]) -> list[PlaceMention]:
    if heads is _ANY_CITY:
        return [p for p in places if p.end <= at and p.precision == "city"]
    return [p for p in places if p.end <= at and any(h in fold_str(p.text).lower() for h in heads)]


# a word of sameness right after the noun («المدينة نفسها»، «المدينة ذاتها») or before it («في نفس المدينة»)
_SAME = LazyPattern(r"\s+(?:نفسها|ذاتها|عينها)(?![^\W\d_])")
_SAME_BEFORE = LazyPattern(r"(?<![^\W\d_])(?:نفس|ذات)\s+$")


# what may stand between the bare noun of a city and a country named right after it
_COUNTRY_GAP = LazyPattern(r"\s*[,،]?\s*")


def _another_city(text: str, m: re.Match[str], city: PlaceMention, places: list[PlaceMention]) -> bool:
    """Whether the bare noun of a city at `m` names a city of its own, not `city`, the one it
    would take up: a country other than that city's is named right after it (في المدينة بالسعودية,
    Medina, after a city of Turkey)."""
    gap = _COUNTRY_GAP.match(text, m.end())
    after = gap.end() if gap is not None else m.end()
    return any(p.precision == "country" and after <= p.start <= after + 2 and p.country != city.country for p in places)


def with_place_anaphors(text: str, mentions: Mentions, gazetteer: Gazetteer) -> Mentions:
    """`mentions` with a place for each bare noun that takes up the latest place named before it
    whose name holds one of the noun's heads, or, for a noun of a city, the city named most often
    before it (the latest of those named as often). (The place may be named in a sentence that
    tells no event, whose places were not looked for: the whole text is searched then.)"""
    if not may_name(text, _noun_anchors()):
        return mentions  # no noun of a place is written in the text
    pattern, nouns = load_place_anaphors()
    found = [m for m in pattern.finditer(text) if may_take_up(m)]
    if not found:
        return mentions
    taken = [(p.start, p.end) for p in mentions.places]
    whole: list[PlaceMention] | None = None  # the places of the whole text, read only when needed
    added: list[PlaceMention] = []
    for m in found:
        noun = ("ال" + fold_str(m.group("ar"))) if m.group("ar") else fold_str(m.group("en")).lower()
        heads = nouns.get(noun.lower(), ())
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        before = _named_before(mentions.places, m.start(), heads)
        if not before or heads is _ANY_CITY:
            if whole is None:
                folded = mentions.folded or fold(text)
                whole = find_places(text, folded, gazetteer, Counter(a.country for a in mentions.actors if a.country))
            before = _named_before(whole, m.start(), heads)
        if not before:
            continue
        if heads is _ANY_CITY:
            # the city the text has spoken of most up to the noun, the latest of those named as often;
            # "the same city" (المدينة نفسها) is the latest named
            told = Counter(p.name for p in before)
            if _SAME.match(text, m.end()) or _SAME_BEFORE.search(text, max(0, m.start() - 6), m.start()):
                place = max(before, key=lambda p: p.start)
            else:
                place = max(before, key=lambda p: (told[p.name], p.start))
            if _another_city(text, m, place, whole or []):
                continue
        else:
            place = max(before, key=lambda p: p.start)
        added.append(replace(place, start=m.start(), end=m.end(), text=m.group()))
    if not added:
        return mentions
    return replace(mentions, places=sorted([*mentions.places, *added], key=lambda p: (p.start, p.end)))
