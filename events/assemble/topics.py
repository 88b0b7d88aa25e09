"""The parties of a meeting named by a pair ("the two ministers reviewed ... the situation in
Gaza and Syria"): the countries after a topic marker are what they talked about."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules, load_pair_anaphors
from events.model import ActorMention, PlaceMention

_PAIR_REACH = 150  # characters before the event word searched for the pair


def _pair_before(text: str, trigger_end: int, marker_start: int) -> bool:
    """Whether a pair anaphor ("the two ministers", "the two sides", "الجانبان") stands in the
    sentence before a topic marker at `marker_start`, from shortly before the event word
    ending at `trigger_end`: the parties are named, though by no country."""
    lo = max(0, trigger_end - _PAIR_REACH)
    cut = max(text.rfind(".", lo, trigger_end), text.rfind("\n", lo, trigger_end))
    return load_pair_anaphors().search(text, max(lo, cut + 1), marker_start) is not None


@lru_cache(maxsize=4)
def load_slogan_markers(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for the words after which a protest's slogans are quoted (data/assembly.json
    `slogan_markers`: placards reading, banners that read)."""
    words = sorted(set(load_assembly_rules(path).get("slogan_markers", ())), key=len, reverse=True)
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"
    return re.compile(r"(?<!\w)(?:" + alternatives + r")", re.IGNORECASE)


def _slogan_start(text: str, trigger_end: int, end: int) -> int:
    """Where the quoted slogans of a protest open after its event word (`end` if none do)."""
    marker = load_slogan_markers().search(text, trigger_end, end)
    return end if marker is None else marker.start()


@lru_cache(maxsize=4)
def load_spoken_topics(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    """The types whose topic is cut off (data/assembly.json `spoken_topics`), a search for the
    words that open a topic wherever the sides are named, and a search, ending where the
    searched text ends, for a preposition of topic right before a country's name."""
    rules = load_assembly_rules(path).get("spoken_topics", {})
    markers = re.compile(r"(?<!\w)(?:" + alternation(rules.get("markers", ()), spaced=True) + r")(?!\w)", re.IGNORECASE)
    before = re.compile(r"(?<!\w)(?:" + alternation(rules.get("prepositions", ())) + r")\s+(?:the\s+)?$", re.IGNORECASE)
    return frozenset(rules.get("types", ())), markers, before


def _spoken_topic_start(text: str, named: Sequence[ActorMention | PlaceMention], trigger_end: int, end: int) -> int:
    """Where what an event is talked or campaigned about opens after its word (`end` if it does
    not): at a word of `spoken_topics.markers`, or at a preposition right before the name of a
    country other than those of the sides named before that preposition."""
    _, markers, before = load_spoken_topics()
    marker = markers.search(text, trigger_end, end)
    cut = end if marker is None else marker.start()
    for m in sorted(named, key=lambda m: m.start):
        if not trigger_end <= m.start < cut or not m.country:
            continue
        prep = before.search(text, max(0, m.start - 12), m.start)
        if prep is None:
            continue
        sides = {o.country for o in named if o.country and o.start < prep.start()}
        # "talks over Tehran's nuclear programme in Oman": a side's own affairs, then the venue
        if sides and m.country not in sides:
            return prep.start()
    return cut
