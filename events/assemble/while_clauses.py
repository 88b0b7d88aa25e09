"""An Arabic event told in a clause that opens, after a comma, with a word of simultaneity
("..., فيما خرج عشرات الآلاف في مسيرات بصنعاء", "..., فيما تفرض إسرائيل حصارا على القطاع", "...,
while Israel expelled the Turkish consul") is another event than the clause before it: an event
there, of whatever type `while_clause_types` lists, takes none of that clause's names as a party
or a place."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.contrasts import load_contrast_connector
from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.model import ActorMention, PlaceMention


@lru_cache(maxsize=4)
def load_while_clause(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], frozenset[str]]:
    """The search for a comma and a connector of contrast (`contrasts.load_contrast_connector`),
    and the event types of `while_clause_types` (data/assembly.json)."""
    return load_contrast_connector(path), frozenset(load_assembly_rules(path).get("while_clause_types", ()))


def _without_before_while(
    text: str,
    actors: list[ActorMention],
    places: list[PlaceMention],
    sentence: tuple[int, int],
    trigger: tuple[int, int],
    event_type: str,
) -> tuple[list[ActorMention], list[PlaceMention]]:
    """`actors` and `places` without those before the last comma and word of simultaneity ahead of the
    trigger in its sentence, for an event of `while_clause_types` whose clause names an actor
    or a place of its own."""
    pattern, types = load_while_clause()
    if event_type not in types:
        return actors, places
    opening = None
    for m in pattern.finditer(text, sentence[0], trigger[0]):
        opening = m
    if opening is None:
        return actors, places
    cut = opening.end()
    if not any(a.start >= cut for a in actors) and not any(p.start >= cut for p in places):
        return actors, places
    return [a for a in actors if a.start >= cut], [p for p in places if p.start >= cut]


def _after_while(text: str, cue_end: int, trigger_start: int) -> bool:
    """Whether a comma and a word of simultaneity stand between the end of a speech verb's cue
    and the trigger ("قال إن ...، فيما خرج الآلاف"): the reported words end there, and what
    follows is told by the article itself."""
    pattern, _ = load_while_clause()
    return cue_end < trigger_start and pattern.search(text, cue_end, trigger_start) is not None
