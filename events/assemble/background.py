"""English event words that tell no news: a word defined, a doing charged, a bare cause."""

from __future__ import annotations

import re

from events.assemble.rules import load_cause_links, load_definition
from events.assemble.text import _Candidate, _tells_of
from events.model import Event
from events.text.lazy import LazyPattern
from events.text.normalize import is_arabic


def _in_a_definition(text: str, cand: _Candidate) -> bool:
    """Whether an English event word comes after a word being defined and the verb that defines
    it, in one clause ("Turkish officials use the term 'neutralised', used to mean militants who
    were killed, captured or surrendered"; "..., a term officials use for militants who were
    killed or captured"): it tells what the word means, not what happened."""
    s, start = cand.sentence[0], cand.trigger[0]
    if not text[start : start + 1].isascii():
        return False
    return load_definition().search(text[s:start]) is not None


# "accused Iran of training and arming militants to carry out attacks": the charge, a gerund
# after 'of' and the words it governs, up to the event word with no clause break between
_CHARGED_DOING = LazyPattern(
    r"\baccus(?:e|es|ed|ing)\s+(?:[^\s.;:!?,()]+\s+){0,4}?of\s+[a-z]+ing\b[^.;:!?,()]*$", re.IGNORECASE
)


def _in_a_charged_doing(text: str, cand: _Candidate) -> bool:
    """Whether an English event word stands in the doing someone is accused of, told by a
    gerund after 'of' ("Manama has accused Iran of training and arming militants to carry out
    attacks in the kingdom"): the charge, not an event the article asserts."""
    s, start = cand.sentence[0], cand.trigger[0]
    if not text[start : start + 1].isascii():
        return False
    return _CHARGED_DOING.search(text[max(s, start - 160) : start]) is not None


# "after the meeting", "during the visit": the article right before the event noun (a
# 'that' after it may open what was said, not a relative clause)
_THE_BEFORE = LazyPattern(r"(?<!\S)the\s+$", re.IGNORECASE)

# an Arabic noun with the article written on it («القمة», «بالزيارة», «للاجتماع»)
_ARTICLE_AR = LazyPattern(r"[وف]?[بكل]?ال|[وف]?لل")


def _definite_noun(text: str, cand: _Candidate) -> bool:
    """Whether the event word is a noun made definite: by "the" right before it in English, by
    the article written on it in Arabic (not a verb that begins like the article: التقى)."""
    if is_arabic(cand.trigger_text[:1]):
        return not cand.tense and _ARTICLE_AR.match(cand.trigger_text) is not None
    return _THE_BEFORE.search(text, max(0, cand.trigger[0] - 20), cand.trigger[0]) is not None


def _setting_told_before(text: str, cand: _Candidate, event: Event, told: list[Event], arabic: bool = False) -> bool:
    """Whether a definite event noun the sentence names as its setting ("The king said after
    the meeting that ...", "during the visit", «ستدفع خلال أعمال القمة باتجاه موقف ضد إيران»)
    with no date of its own is an event of its type told before that shares a country with it
    (or one of a type it absorbs, the meeting of a visit): the same one again, whatever other
    country a clause of the saying adds ("children from Gaza", «ضد إيران»). An Arabic noun counts
    only when `arabic` (a gathering dated by the one told before); other Arabic settings retold
    merge with their event."""
    if not cand.circumstance or not _definite_noun(text, cand):
        return False
    if is_arabic(cand.trigger_text[:1]) and not arabic:
        return False
    countries = set(event.countries)
    return any(
        (_tells_of(ev, event.event_type) or _tells_of(event, ev.event_type)) and countries & set(ev.countries)
        for ev in told
    )


def _a_bare_cause(text: str, cand: _Candidate) -> bool:
    """Whether an English event noun stands right after a word that gives a cause, with no
    article or determiner of its own ("deliveries have slowed in recent weeks because of
    fighting and heavy rains"): a kind of cause, not an event the article tells."""
    start = cand.trigger[0]
    if not text[start : start + 1].isascii():
        return False
    return load_cause_links().search(text, max(cand.sentence[0], start - 30), start) is not None
