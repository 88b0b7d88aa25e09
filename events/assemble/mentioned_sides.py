"""A definite noun of a deed whose sides are told once (a truce, talks, a deal: `definite_types`
of `undated_retellings`, data/assembly.json) that no event built before it can take up
("... accusing the Saudi-led coalition of violating a ceasefire. ... The truce took effect at
midnight on April 10") takes up the last word of its type told before it, even one told as no
event of its own (the object of a charge, a demand): the truce is that one, and its sides are
the countries named in that word's sentence, which its own sentence need not name again."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from operator import itemgetter

from events.assemble.rules import load_assembly_rules
from events.assemble.text import _countries_of
from events.model import ActorMention, TriggerMention


def sides_of_the_word_before(
    event_type: str,
    sentence_start: int,
    triggers: Sequence[TriggerMention],
    sentences: Sequence[tuple[int, int]],
    actors: Sequence[ActorMention],
) -> list[str] | None:
    """The countries of the sentence holding the last word of `event_type` before the sentence
    that begins at `sentence_start` (`triggers` and `actors`: the article's),
    for a type whose sides are told once; None when there is no such word or its sentence
    names no country."""
    if event_type not in load_assembly_rules().get("undated_retellings", {}).get("definite_types", ()):
        return None
    before = [t for t in triggers if t.end <= sentence_start and t.event_type == event_type]
    if not before:
        return None
    word = max(before, key=lambda t: t.start)
    i = bisect.bisect_right(sentences, word.start, key=itemgetter(0)) - 1
    if i < 0:
        return None
    s, e = sentences[i]
    countries = _countries_of(a for a in actors if s <= a.start and a.end <= e)
    return countries or None
