"""A visit or meeting named as the setting of its sentence's event by "during" ("The agreement
was signed in Amman during a visit by the Iraqi prime minister", "وقع الجانبان اتفاقية خلال
زيارة الرئيس") took place with it: it is an event of that day, not a background one that needs
a date of its own. So is one set off by a comma right after the deed and its date ("signed in
April 2016, during a five-day visit to Cairo by King Salman", "الذي توصل إليه الرئيسان في أنقرة
الخميس الماضي، خلال زيارة قام بها بنس"): the date before the comma is the visit's too."""

from __future__ import annotations

import re
from collections.abc import Sequence

from events.assemble.text import _Candidate
from events.model import Event, TimeMention
from events.text.lazy import LazyPattern

_DURING = LazyPattern(
    r"(?<!\w)(?:during|in\s+the\s+course\s+of|on\s+the\s+sidelines\s+of)\s+(?:(?:a|an|the|his|her|their|its)\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "خلال زيارة"، "أثناء جولته"، "على هامش القمة": the word of during right before the Arabic noun
_DURING_AR = LazyPattern(r"(?<!\S)[وف]?(?:خلال|أثناء|اثناء|في\s+أثناء|في\s+اثناء|على\s+هامش)\s+$")

# the types a sentence's own event can take place during
_SETTING_TYPES = frozenset({"visit", "meeting"})

# a comma closing the clause of the deed, and the word of during after it
_COMMA_DURING = LazyPattern(
    r"[,،]\s*(?:[وف]?(?:خلال|أثناء|اثناء|في\s+أثناء|في\s+اثناء|على\s+هامش)|during|on\s+the\s+sidelines\s+of)(?!\w)",
    re.IGNORECASE,
)
_WORDS_AFTER_DATE = 3  # words between the deed's date and the comma ("on Tuesday in Rabat,")


def _during(text: str, cand: _Candidate) -> re.Match[str] | None:
    """The word of during (and what stands between it and the event word) before the candidate."""
    start = cand.trigger[0]
    if cand.event_type not in _SETTING_TYPES:
        return None
    if text[start : start + 1].isascii():
        return _DURING.search(text, max(cand.sentence[0], start - 50), start)
    return _DURING_AR.search(text, max(cand.sentence[0], start - 20), start)


def _simultaneous(text: str, cand: _Candidate) -> bool:
    """Whether the English candidate, a visit or meeting, follows 'during' (or 'on the sidelines
    of') in its sentence: the sentence's event took place during it."""
    start = cand.trigger[0]
    return text[start : start + 1].isascii() and _during(text, cand) is not None


def day_of_the_deed_during(text: str, cand: _Candidate, dates: Sequence[TimeMention]) -> TimeMention | None:
    """The date of the deed a visit or meeting is the setting of, when a comma and "during"
    (خلال، أثناء) set it off after that deed and its date: the date ending at most a few words
    before the comma, with no other punctuation between."""
    during = _during(text, cand)
    if during is None:
        return None
    comma = _COMMA_DURING.search(text, max(cand.sentence[0], during.start() - 3), cand.trigger[0])
    if comma is None:
        return None
    before = [d for d in dates if cand.sentence[0] <= d.start and d.end <= comma.start() and not d.recurring]
    if not before:
        return None
    d = before[-1]
    between = text[d.end : comma.start()]
    if len(between.split()) > _WORDS_AFTER_DATE or re.search(r"[,،;:.\"“”]", between):
        return None
    return d


def date_of_the_deed_during(event: Event, text: str, cand: _Candidate, dates: Sequence[TimeMention], spans: dict) -> None:
    """Date a visit or meeting with no date of its own by the deed it is the setting of
    (`day_of_the_deed_during`)."""
    d = day_of_the_deed_during(text, cand, dates)
    if d is None:
        return
    event.date, event.date_precision, event.date_basis = d.value, d.precision, d.basis  # type: ignore[assignment]
    event.end_date = d.end_value
    spans["date"] = [d.start, d.end]
