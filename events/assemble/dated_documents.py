"""A document named with the year it was made ("a 2001 security cooperation agreement", "the
2015 nuclear deal", "اتفاقية 2001", "اتفاق عام 2015") is a deed of that year told in passing,
whatever deed of the day the sentence tells of it with a word of the same type ("The two sides
also agreed to revive a 2001 security cooperation agreement": the agreeing is the day's, the
agreement 2001's). It stands beside that word, not in its place; with no such verb before it,
the noun is the sentence's one word of its type, and nothing changes. So is a vote named with
its year after another word of a vote ("Turnout in Tuesday's election was 32.25%, up from the
last vote in 2020", "بلغت نسبة المشاركة في انتخابات الثلاثاء 32 في المائة، مقابل 29 في المائة في
انتخابات 2020"): the earlier vote is one of its own."""

from __future__ import annotations

import re
from collections.abc import Sequence

from events.assemble.text import _named_with_its_year, _told_with_its_year
from events.model import TriggerMention
from events.text.lazy import LazyPattern

_DOCUMENT_TYPES = frozenset({"agreement"})
_VOTE_TYPES = frozenset({"election"})
# an English word that reads as a verb or a noun ("vote") is a noun after an article or a possessive
# ("the 2017 vote": its year may stand between them)
_DETERMINED = LazyPattern(r"(?<!\S)(?:the|a|an|its|their|last|previous)\s+(?:(?:[A-Za-z-]+|(?:19|20)\d\d)\s+)?\Z", re.IGNORECASE)

# the year after an article, at most three words of the noun's phrase between: "a 2001 security cooperation"
_YEAR_AFTER_ARTICLE = LazyPattern(r"(?<!\S)(?:a|an|the)\s+(?:19|20)\d\d\s+(?:[A-Za-z-]+\s+){0,3}\Z", re.IGNORECASE)


def a_document_of_its_year(text: str, t: TriggerMention, triggers: Sequence[TriggerMention], sentence_start: int) -> bool:
    """Whether the event word is a noun of a document named with the year it was made, after a
    verb of its type in its sentence (the deed of the day done on it), or a noun of a vote named
    with its year after another word of a vote in its sentence (`_an_earlier_vote`)."""
    if t.event_type in _VOTE_TYPES and (not t.tense or (t.tense == "base" and _DETERMINED.search(text, max(0, t.start - 30), t.start))):
        return _an_earlier_vote(text, t, triggers, sentence_start)  # "the last vote in 2020": a noun
    if t.event_type not in _DOCUMENT_TYPES or t.tense:
        return False
    if not any(u.event_type == t.event_type and u.tense and sentence_start <= u.start and u.end <= t.start for u in triggers):
        return False
    return _named_with_its_year(text, (t.start, t.end)) or (
        _YEAR_AFTER_ARTICLE.search(text, max(0, t.start - 60), t.start) is not None
    )


def _an_earlier_vote(text: str, t: TriggerMention, triggers: Sequence[TriggerMention], sentence_start: int) -> bool:
    """Whether a noun of a vote is named with its year ("the 2020 vote", "the last vote in 2020",
    "انتخابات 2020", "الانتخابات السابقة في عام 2020") after another word of a vote in its sentence
    ("Turnout in Tuesday's election was 32.25%, up from the last vote in 2020"): the vote of that
    year is one of its own, told in passing beside the day's."""
    if not any(u.event_type == t.event_type and sentence_start <= u.start and u.end <= t.start for u in triggers):
        return False
    return _told_with_its_year(text, (t.start, t.end), "")
