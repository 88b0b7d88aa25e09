"""Where the topic of talks opens and where it ends. "met Macron for talks on Gaza", "held
talks over Tehran's nuclear programme": a name after a noun of talks and a preposition of
topic is what was talked about, not where nor with whom; "جولات من المحادثات حول البرنامج
النووي، عقدت آخرها في مسقط": a clause after the topic that places the talks ends the topic,
and its place is theirs."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _span_before
from events.model import ActorMention, PlaceMention
from events.text.gates import gated_compile
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str


@lru_cache(maxsize=4)
def load_talk_topics(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a noun of talks and a preposition of topic after it, not followed by a
    word of time or of a setting (data/assembly.json `talk_topics`: "talks on Gaza", not
    "talks on Tuesday" nor "talks on the sidelines of the summit"); the match's group
    `topic` opens at the preposition."""
    rules = load_assembly_rules(path).get("talk_topics", {})
    nouns = alternation(rules.get("nouns", ()), spaced=True)
    prepositions = alternation(rules.get("prepositions", ()), spaced=True)
    not_before = alternation(rules.get("not_before", ()), spaced=True)
    return gated_compile(
        r"\b(?:" + nouns + r")\s+(?P<topic>(?:" + prepositions + r"))\s+(?!(?:" + not_before + r")\b)",
        re.IGNORECASE,
    )


_NOUN_REACH = 30  # characters before the event word's end where the noun of talks may start (the word itself)


def _talk_topic_start(text: str, actors: Sequence[ActorMention], trigger_end: int, end: int) -> int:
    """Where a topic of talks opens after the event word (`end` if none does), when a party
    with a country is named before it: "met French President Emmanuel Macron for talks on
    Gaza"."""
    for m in load_talk_topics().finditer(text, max(0, trigger_end - _NOUN_REACH), end):
        start = m.start("topic")
        if start >= trigger_end and any((a.country or a.members) and a.start < start for a in actors):
            return start
    return end


_BREAK = LazyPattern(r"[,،;؛]")
_LISTED = LazyPattern(r"\s*(?:and|or|و|أو)?\s*", re.IGNORECASE)


def _topic_end(
    text: str, topic: int, end: int, actors: Sequence[ActorMention], places: Sequence[PlaceMention]
) -> int:
    """Where a topic opened at `topic` ends: at a place after "in", "at" or في once the topic
    has named something ("talks on Tehran's nuclear programme in Oman", not "talks on the
    situation in Syria"); at a clause break after which no name of the
    list goes on ("the situation in Syria, Iraq and Yemen" goes on) and the clause names a
    place after a preposition ("، عقدت آخرها في مسقط", ", which were held in Muscat"); else
    at `end`."""
    starts = sorted(m.start for m in (*actors, *places))
    close = _BREAK.search(text, topic, end)
    for p in sorted(places, key=lambda p: p.start):
        # "talks on Tehran's nuclear programme in Oman": a place after a named topic
        if topic <= p.start < (close.start() if close else end) and _held_in(text, p) and any(topic < s < p.start for s in starts):
            return p.start
    for brk in _BREAK.finditer(text, topic, end):
        gap = _LISTED.match(text, brk.end())
        nxt = gap.end() if gap is not None else brk.end()
        if nxt in starts:
            continue
        close = _BREAK.search(text, brk.end(), end)
        clause_end = close.start() if close is not None else end
        if any(brk.end() <= p.start < clause_end and _held_in(text, p) for p in places):
            return brk.start()
    return end


_IN = frozenset(("in", "at", "في"))


@lru_cache(maxsize=4)
def load_place_nouns(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """English nouns of a kind of place that may stand before its name after "in" (`talk_topics.place_nouns`:
    "in the Omani capital Muscat")."""
    return frozenset(w.lower() for w in load_assembly_rules(path).get("talk_topics", {}).get("place_nouns", ()))


def _held_in(text: str, place: PlaceMention) -> bool:
    """Whether "in", "at" or في stands before the name (perhaps with "the": "in the Omani
    capital", and a noun of a kind of place with a capitalised adjective: "in the Omani
    capital Muscat"), or ب is joined to it ("بمسقط")."""
    if fold_str(place.text).startswith(("ب", "وب")) and not fold_str(place.text).startswith("بغداد"):
        return True
    i, j = _span_before(text, place.start)
    if text[i:j].lower() in load_place_nouns():  # "in the Omani capital Muscat"
        i, j = _span_before(text, i)
        if text[i:j][:1].isupper():
            i, j = _span_before(text, i)
    if text[i:j].lower() == "the":  # "in the Omani capital"
        i, j = _span_before(text, i)
    return fold_str(text[i:j]).lower() in _IN
