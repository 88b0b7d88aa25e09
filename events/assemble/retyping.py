"""Small shared steps of the rules that give a trigger another event type once its context is read
(a capture of one person is an arrest, police clashing with a crowd a protest)."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import replace

from events.assemble.text import Mentions
from events.model import CAMEO_BY_TYPE


def whole_word_at(text: str, start: int, end: int) -> tuple[int, int]:
    """The whole word (or words) a trigger at `start`..`end` stands in, Arabic diacritics included:
    a lexicon form may match inside a word with clitics around it."""
    while start > 0 and (text[start - 1].isalpha() or "\u064b" <= text[start - 1] <= "\u0652"):
        start -= 1
    while end < len(text) and (text[end].isalpha() or "\u064b" <= text[end] <= "\u0652"):
        end += 1
    return start, end


def retyped(mentions: Mentions, trigger_ids: AbstractSet[int], event_type: str, weight: float | None = None) -> Mentions:
    """The mentions with each trigger whose id() is in `trigger_ids` told as `event_type`, its CAMEO
    code with it (and, given, a `weight` no lower than `weight`: the word's certainty as a word of
    the new type); the mentions themselves when there is none."""
    if not trigger_ids:
        return mentions
    triggers = [
        replace(
            t,
            event_type=event_type,
            cameo=CAMEO_BY_TYPE[event_type],
            weight=t.weight if weight is None else max(t.weight, weight),
        )
        if id(t) in trigger_ids
        else t
        for t in mentions.triggers
    ]
    return replace(mentions, triggers=triggers)
