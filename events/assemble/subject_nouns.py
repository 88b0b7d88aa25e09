"""A deed done by a gathering named as its subject by an event noun: «انتخبت القمة الأفريقية
فلانا رئيسا للمفوضية», "the African summit in Addis Ababa elected Moussa Faki chairman" (an
election or an appointment, the choices a gathering makes by a vote). The summit is an event of
its own, and so is the vote its verb tells: the noun outweighing the verb in its clause must not
take the verb's deed away. In Arabic the subject stands right after its verb; in English before
it, a few words back in one clause."""

from __future__ import annotations

import re

from events.assemble.text import _Candidate
from events.text.normalize import is_arabic

# the deeds a gathering does by a vote of its members: it elects or names someone to an office
# (a deal "agreed" or "signed" after a noun is the noun's own participle: "a ceasefire agreed on Aug. 5")
_CHOOSING = frozenset({"election", "appointment"})
# the most words between an English subject noun and its verb ("the summit in Addis Ababa elected")
_SUBJECT_WORDS = 5
_BREAK = re.compile(r"[,،;؛:()\"«»]|\b(?:who|which|that|and|but|after|before|when|while|as)\b", re.IGNORECASE)


def verb_of_its_subject_noun(text: str, verb: _Candidate, noun: _Candidate) -> bool:
    """Whether `verb`, an event word in the past, tells the deed of `noun`, an event noun of
    another type that is its subject."""
    if verb.tense != "past" or noun.tense or verb.event_type == noun.event_type or verb.event_type not in _CHOOSING:
        return False
    if is_arabic(text[verb.trigger[0] : verb.trigger[1]]):
        return verb.trigger[1] <= noun.trigger[0] and not text[verb.trigger[1] : noun.trigger[0]].strip()
    if noun.trigger[1] > verb.trigger[0]:
        return False
    between = text[noun.trigger[1] : verb.trigger[0]]
    return _BREAK.search(between) is None and len(between.split()) <= _SUBJECT_WORDS
