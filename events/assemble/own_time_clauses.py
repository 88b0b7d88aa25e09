"""A deed of another type than the sentence's main one, told by a verb in the past in a clause of
time with a subject of its own ("Gulf leaders signed a declaration at their summit, hours after
Qatar's ruler landed at the local airport", "after the election of October 2016, when authorities
detained 20 people", «عندما اعتقلت السلطات عشرين شخصا»): that subject did that deed, so it is an
event beside the main one, not a circumstance the main one takes in, even when its word is weaker
than the main one's.

The words of time that open such a clause are those of data/assembly.json `subject_after_time`
(after, before, following, until, since; بعد أن، قبل أن ...) and `when_dates` (when; عندما، حين);
an English clause needs a subject of its own right after its word (`own_subjects.load_time_clause_subject`);
an Arabic clause has its verb right after its word, the subject after the verb.

A clause of "when" (or of "the day" right after a date: on Feb. 24, the day Russian forces invaded Ukraine), or one of "after" a count of hours ("hours after", "minutes after"), tells a
deed of the main clause's own time; one of plain "after" or "before" a deed of another time, which
only a date of its own dates (`_Candidate.background`): "Talks collapsed after security forces
stormed the camp" does not tell when the camp was stormed.
"""

from __future__ import annotations

import re

from events.assemble.own_subjects import load_ar_time_opener, load_time_clause_subject
from events.assemble.rules import load_assembly_rules
from events.assemble.text import _Candidate
from events.text.lazy import LazyPattern
from events.text.normalize import is_arabic

# how far back from the event verb the word of time may stand (an English subject of up to
# `subject_after_and.words` words)
_REACH = 200
# how far back from an Arabic verb its word of time may stand (بعد أن، عندما)
_AR_REACH = 20

# a word of time that makes the clause's deed one of the main clause's own time: when, or a
# count of hours or minutes before "after" ("hours after", "minutes after", "shortly after")
_AT_THE_SAME_TIME = LazyPattern(
    r"(?<![^\W\d_])(?:(?:hours|minutes|moments|shortly|just|an hour|one hour|two hours|three hours)\s+after|when)\s",
    re.IGNORECASE,
)
# ", the day" right after a day of a month or a weekday, then a capitalised subject and no word
# of counting ("on Feb. 24, the day Russian forces invaded"; not "the day after", "to mark the day")
_THE_DAY_AFTER_A_DATE = LazyPattern(
    r"(?:\d|day)\s*,\s+the\s+(?:same\s+)?day\s+(?:that\s+)?(?=[A-Z])(?!After\b|Before\b)[^.;:!?]*$"
)
# English words of time whose clause other steps read (`since_events`, `own_subjects`)
_OWN_TELLING = frozenset({"since", "until"})
_AR_SINCE = LazyPattern(r"[وف]?منذ\s")
_AR_AT_THE_SAME_TIME = LazyPattern(r"(?<!\S)[وف]?(?:عندما|حينما|حين|يوم أن)\s+$")


def time_clause_of_its_own(text: str, cand: _Candidate) -> bool | None:
    """Whether the candidate is a verb in the past right after the opening of a clause of time,
    in English past that clause's own subject: True when the clause tells the main clause's own
    time (`_AT_THE_SAME_TIME`), False when another time, None when it stands in no such clause."""
    if cand.tense != "past" or cand.reference_id is not None:
        return None
    start = cand.trigger[0]
    lo = max(cand.sentence[0], start - _REACH)
    if is_arabic(cand.trigger_text):
        lo = max(lo, start - _AR_REACH)
        opener = load_ar_time_opener(with_when=True).search(text, lo, start)
        if opener is None or _AR_SINCE.match(text, opener.start()) is not None:
            return None  # (منذ أن سيطرت حماس: a state since its onset, `since_events`)
        return _AR_AT_THE_SAME_TIME.search(text, lo, start) is not None
    most = int(load_assembly_rules().get("subject_after_and", {}).get("words", 0))
    the_day = _THE_DAY_AFTER_A_DATE.search(text, lo, start)
    if the_day is not None and len(text[the_day.end() : start].split()) <= most:
        return True  # "on Feb. 24, the day Russian forces invaded Ukraine": the date's own deed
    found = load_time_clause_subject(with_when=True).search(text, lo, start)
    if found is None or len(text[found.start() : start].split()) - 1 > most:
        return None
    head = max(lo, found.start() - 14)
    if _AT_THE_SAME_TIME.search(text[head : found.end()]) is not None:
        return True
    words = text[found.start() : start].split()
    if words[0].lower() in _OWN_TELLING or (len(words) > 1 and words[1].lower() in ("a", "an")):
        # "since Hamas seized control" (a state since its onset, `since_events`); "after a campaign
        # fought amid ...": a noun and its participle, no subject and its verb
        return None
    return False
