"""Where a way leads is not where an event happened: a place governed by a preposition of
direction or company after a noun of a road, a crossing, a flight or a border ("moved into the
buffer zone to reopen the road to Mauritania", "the border crossing with Jordan", "flights to
Doha", "the highway linking Damascus to Amman", "الطريق المؤدي إلى الأردن", "المعبر الحدودي مع
سوريا") names the way's far end; the event is placed by the sentence's other names, or by its
parties."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.assemble.word_gates import may_name
from events.model import ActorMention, PlaceMention
from events.text.gates import anchor_words

_CLAUSE_END = re.compile(r"[,،;؛.!?؟\n]")

_REACH = 90  # characters before a place within which the way's noun is looked for


@lru_cache(maxsize=4)
def load_way_ends(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a noun of a way (data/assembly.json `way_ends.nouns`, an Arabic one perhaps
    with the article and a proclitic before it or a possessive after it: رحلاتها), up to three words (its adjectives), a word of direction
    or company (`way_ends.openers`: to, with, linking, إلى، مع، المؤدي إلى) and up to three
    more words with no mark between them, ending where the searched text ends."""
    rules = load_assembly_rules(path).get("way_ends", {})
    nouns = alternation(rules.get("nouns", ()), spaced=True)
    openers = alternation(rules.get("openers", ()), spaced=True)
    return re.compile(
        r"(?<![\w-])(?:[وفبل]?(?:ال|لل))?(?:"
        + nouns
        + r")(?:ها|هم|نا)?\s+(?:[^\s,;:()\"“”.،؛]+\s+){0,3}?(?:"
        + openers
        + r")\s+(?:[^\s,;:()\"“”.،؛]+\s+){0,3}$",
        re.IGNORECASE,
    )


@lru_cache(maxsize=4)
def _way_anchors(path: Path = ASSEMBLY_RULES) -> tuple[tuple[str, ...], ...]:
    """The words of each noun of a way (`way_ends.nouns`): a way's end follows one."""
    return anchor_words(load_assembly_rules(path).get("way_ends", {}).get("nouns", ()))


def _way_end(text: str, start: int) -> bool:
    """Whether a name beginning at `start` is where a way leads."""
    return may_name(text, _way_anchors()) and load_way_ends().search(text, max(0, start - _REACH), start) is not None


@lru_cache(maxsize=4)
def load_way_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Types whose way's end is their place (data/assembly.json `way_ends.not_types`: a visit)."""
    return frozenset(load_assembly_rules(path).get("way_ends", {}).get("not_types", ()))


def _without_way_ends(text: str, places: list[PlaceMention], event_type: str) -> list[PlaceMention]:
    """The sentence's places without those a way leads to, for an event of a type that does not
    travel there (not a visit: "flew on a flight to Riyadh for talks"); when the sentence names no other,
    a city or a region a way leads to stays ("حافلة كانت في طريقها إلى محافظة المنيا": the road
    runs near it), while a country at a way's end lies across a border ("the road to
    Mauritania")."""
    if event_type in load_way_types():
        return places
    kept = [p for p in places if not _way_end(text, p.start)]
    if kept or len(kept) == len(places):
        return kept
    return [p for p in places if p.precision != "country"]


def _off_the_way(text: str, actors: list[ActorMention], event_type: str) -> list[ActorMention]:
    """The parties that may point to the event's place: not a state a way leads to (the far end
    of "the road to Mauritania" stays a name of the sentence, never the side that places it)."""
    if event_type in load_way_types():
        return actors
    return [a for a in actors if not _way_end(text, a.start)]


def closed_ways_to(text: str, cand: _Candidate, places: Sequence[PlaceMention], countries: Sequence[str]) -> list[str]:
    """The countries of the foreign places a closed way leads to, named after the closure's word
    in its clause ("suspended its flights to Toronto", "أوقفت رحلاتها إلى الدوحة"): the states the
    closure is taken against, though no place of it."""
    stop = _CLAUSE_END.search(text, cand.trigger[1], cand.sentence[1])
    end = stop.start() if stop else cand.sentence[1]
    return [
        p.country
        for p in places
        if cand.trigger[1] <= p.start < end and p.country and p.country not in countries and _way_end(text, p.start)
    ]
