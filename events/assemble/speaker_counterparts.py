"""A deal, a truce, talks or ties a speaking state tells with another: "Armenia said a ceasefire
with Azerbaijan had taken hold on Wednesday". The word "with" right after the event word names
the other side; the speaker is the first (data/assembly.json `speaker_counterparts`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import ActorMention


@lru_cache(maxsize=4)
def load_speaker_counterparts(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], re.Pattern[str]]:
    """The types of deeds with a counterpart, and a match of the word that names it right after
    the event word."""
    rules = load_assembly_rules(path)["speaker_counterparts"]
    return frozenset(rules["types"]), re.compile(r"\s+(?:" + alternation(rules["words"], spaced=True) + r")\s+\S", re.IGNORECASE)


def with_a_counterpart(text: str, cand: _Candidate, actors: Sequence[ActorMention]) -> bool:
    """Whether the English event word, of a deed with a counterpart, is followed right after by
    "with" and an actor's name (perhaps after "the"; not "a ceasefire with immediate effect"):
    the speaker of its sentence is the other side."""
    types, words = load_speaker_counterparts()
    if cand.event_type not in types or not text[cand.trigger[0] : cand.trigger[0] + 1].isascii():
        return False
    m = words.match(text, cand.trigger[1])
    if m is None:
        return False
    named_at = m.end() - 1
    if text.startswith(("the ", "The "), named_at):
        named_at += 4
    return any(a.start == named_at for a in actors)
