"""An aside opened by ", which" or ", who" right after a name ("Turkey, which recently held
elections, signed ...") is about that name: an event of one country's own told in it (an
election) is that country's, whichever name stands nearer its word."""

from __future__ import annotations

import re

from events.model import ActorMention, PlaceMention
from events.text.lazy import LazyPattern

# ", which recently held": the opening of the aside and the words up to the event word, no mark between
_ASIDE_RUN = LazyPattern(r"\s*,\s+(?:who|which)\s[^,;:()\"“”.]*", re.IGNORECASE)


def _aside_antecedent(text: str, actors: list[ActorMention], start: int) -> ActorMention | None:
    """The name with a country that an English aside holding the word at `start` is about."""
    before = [a for a in actors if a.country and a.end <= start]
    if not before or not text[start : start + 1].isascii():
        return None
    last = max(before, key=lambda a: a.end)
    m = _ASIDE_RUN.match(text, last.end, start)
    return last if m is not None and m.end() == start else None


def _aside_places(
    text: str, actors: list[ActorMention], places: list[PlaceMention], start: int, end: int
) -> list[PlaceMention]:
    """The places of an English aside holding the word at `start` about a name before it, when
    there is one (the main clause's places are not the aside's event's), else all `places`."""
    antecedent = _aside_antecedent(text, actors, start)
    if antecedent is None:
        return places
    close = text.find(",", start, end)
    hi = close if close >= 0 else end
    return [p for p in places if antecedent.end <= p.start < hi]
