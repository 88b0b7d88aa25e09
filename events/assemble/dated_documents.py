"""A document named with the year it was made ("a 2001 security cooperation agreement", "the
2015 nuclear deal", "اتفاقية 2001", "اتفاق عام 2015") is a deed of that year told in passing,
whatever deed of the day the sentence tells of it with a word of the same type ("The two sides
also agreed to revive a 2001 security cooperation agreement": the agreeing is the day's, the
agreement 2001's). It stands beside that word, not in its place; with no such verb before it,
the noun is the sentence's one word of its type, and nothing changes."""

from __future__ import annotations

import re
from collections.abc import Sequence

from events.assemble.text import _named_with_its_year
from events.model import TriggerMention
from events.text.lazy import LazyPattern

_DOCUMENT_TYPES = frozenset({"agreement"})

# the year after an article, at most three words of the noun's phrase between: "a 2001 security cooperation"
_YEAR_AFTER_ARTICLE = LazyPattern(r"(?<!\S)(?:a|an|the)\s+(?:19|20)\d\d\s+(?:[A-Za-z-]+\s+){0,3}\Z", re.IGNORECASE)


def a_document_of_its_year(text: str, t: TriggerMention, triggers: Sequence[TriggerMention], sentence_start: int) -> bool:
    """Whether the event word is a noun of a document named with the year it was made, after a
    verb of its type in its sentence (the deed of the day done on it)."""
    if t.event_type not in _DOCUMENT_TYPES or t.tense:
        return False
    if not any(u.event_type == t.event_type and u.tense and sentence_start <= u.start and u.end <= t.start for u in triggers):
        return False
    return _named_with_its_year(text, (t.start, t.end)) or (
        _YEAR_AFTER_ARTICLE.search(text, max(0, t.start - 60), t.start) is not None
    )
