"""What inspired an event ("The protests began on 14 February, inspired by the uprisings in
Tunisia and Egypt", "مستلهمة الانتفاضتين في تونس ومصر"): the names of the inspiration, up to
the end of its phrase, are no party of the event, nor its place. Words in data/assembly.json
`inspiration_markers`."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import ActorMention, PlaceMention
from events.text.gates import gated_compile
from events.text.lazy import LazyPattern

_PHRASE_END = LazyPattern(r"[,;:.()،؛]|\n")


@lru_cache(maxsize=4)
def load_inspiration_markers(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for the words that open what inspired an event (`inspiration_markers`)."""
    words = load_assembly_rules(path).get("inspiration_markers", ())
    return gated_compile(r"(?<![^\W\d_])[وف]?(?:" + alternation(words, spaced=True) + r")(?![^\W\d_])", re.IGNORECASE)


def without_inspirations(
    text: str, actors: list[ActorMention], places: list[PlaceMention], trigger: tuple[int, int], sentence: tuple[int, int]
) -> tuple[list[ActorMention], list[PlaceMention]]:
    """`actors` and `places` without those named in a phrase of inspiration of the sentence
    that does not hold the event word."""
    start, end = sentence
    spans = []
    for m in load_inspiration_markers().finditer(text, start, end):
        close = _PHRASE_END.search(text, m.end(), end)
        stop = close.start() if close is not None else end
        if not m.start() <= trigger[0] < stop:
            spans.append((m.start(), stop))
    if not spans:
        return actors, places

    def outside(pos: int) -> bool:
        return not any(a <= pos < b for a, b in spans)

    return [a for a in actors if outside(a.start)], [p for p in places if outside(p.start)]
