"""What a deed is about is not where it was done. A place named after a word of topic that
follows the event word in its clause ("الاتفاق الروسي-التركي بشأن إدلب", "عُين مستشارا خاصا
بشأن سوريا", "an agreement regarding Idlib", "a special envoy concerning Syria") is the
deed's subject matter; it is not where the deal was made or the envoy named, and the event
takes its place from the rest of its sentence, its parties or its catalog entry. A name read
after "in", "at" or في inside the topic ("اتفاقا بشأن مياه النيل في الخرطوم", "talks over
Tehran's nuclear programme in the Omani capital") still places the deed. Words of
topic that also mean "around", "nearly" or "above" (حول, about, over: "معارك حول مطار
طرابلس", "تظاهر المئات حول البرلمان", "killed about 40 people near Aleppo", "flew over
Syria") count so only for the types of a deal, talks, an office or ties (data/assembly.json
`topic_places`). Parties and countries stay as they are: only the place is read here."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.talk_topics import _held_in
from events.model import PlaceMention
from events.text.gates import gated_compile
from events.text.lazy import LazyPattern

_CLAUSE_BREAK = LazyPattern(r"[،,.;؛:()!?؟\n]")


@lru_cache(maxsize=4)
def load_topic_places(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """(a search for a word of topic of any event, one for a word of topic of the types of
    `typed_types` only, those types), from data/assembly.json `topic_places`."""
    rules = load_assembly_rules(path).get("topic_places", {})

    def search(words: Sequence[str]) -> re.Pattern[str]:
        return gated_compile(rf"(?<![^\s\"'«“])[وف]?(?:{alternation(words, spaced=True)})(?!\w)", re.IGNORECASE)

    return search(rules.get("words", ())), search(rules.get("typed_words", ())), frozenset(rules.get("typed_types", ()))


def topic_opening(text: str, trigger: tuple[int, int], sentence_end: int, event_type: str) -> tuple[int, int] | None:
    """Where the topic after the event word opens and where its clause ends, when a word of
    topic follows the event word in its clause; else None."""
    close = _CLAUSE_BREAK.search(text, trigger[1], sentence_end)
    clause_end = close.start() if close is not None else sentence_end
    any_type, typed, types = load_topic_places()
    found = [m.start() for m in (any_type.search(text, trigger[1], clause_end),) if m is not None]
    if event_type in types:
        found += [m.start() for m in (typed.search(text, trigger[1], clause_end),) if m is not None]
    return (min(found), clause_end) if found else None


def without_topic_places(
    text: str, places: list[PlaceMention], trigger: tuple[int, int], sentence_end: int, event_type: str
) -> list[PlaceMention]:
    """`places` without those named in the topic after the event word (see the module)."""
    opened = topic_opening(text, trigger, sentence_end, event_type)
    if opened is None:
        return places
    start, end = opened
    return [p for p in places if not (start <= p.start and p.end <= end and not _held_in(text, p))]
