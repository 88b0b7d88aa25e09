"""A joint deed whose subject is a pair named only as such (الرئيسان، البلدان، the two
leaders), before its word or, in Arabic, right after its verb: "وعقد الرئيسان جلسة مباحثات",
"وكان الرئيسان قد تصافحا في الدوحة ... ثم التقيا في نيودلهي". The two countries of the latest
event of two countries told in the sentences before are its parties, beside the countries
the sentence names as its place, a mediator or a topic, which do not make the pair. So are
three named only as such ("وكانت الدول الثلاث قد أجرت أول مناورات بحرية مشتركة ...، في خطوة عُدّت
رسالة إلى واشنطن"), those of the latest earlier event of its type told by three countries, or
else of any type, for a joint deed or an exercise."""

from __future__ import annotations

import re

from events.assemble.rules import load_pair_anaphors, load_triple_anaphors
from events.assemble.text import _Candidate
from events.model import Event

JOINT_TYPES = frozenset({"meeting", "agreement"})  # deeds done together by the pair
TRIPLE_TYPES = JOINT_TYPES | {"military_exercise"}  # deeds done together by three named as such
_SUBJECT_AFTER_VERB = 20  # characters after an Arabic verb where its subject stands


# the opening of a sentence before its subject: a conjunction, "كان" and its forms ("وكانت الدول الثلاث")
_OPENING = re.compile(r"\s*(?:[وف]?(?:كانت|كان|قد)\s+)?(?:the\s+|all\s+)?", re.IGNORECASE)


def _three_as_subject(text: str, cand: _Candidate) -> bool:
    """Whether three named as such ("the three countries", «الدول الثلاث») are the subject of the
    event word: opening its sentence, or right after an Arabic verb that does ("أجرت الدول الثلاث");
    not named as an object or after a preposition elsewhere in it ("watched the three navies")."""
    anaphors = load_triple_anaphors()
    s = cand.sentence[0]
    opening = _OPENING.match(text, s)
    at = opening.end() if opening else s
    if (m := anaphors.search(text, s, cand.trigger[0])) is not None and m.start() <= at + 2:
        return True
    return cand.tense == "past" and (m := anaphors.search(text, cand.trigger[1], min(cand.trigger[1] + _SUBJECT_AFTER_VERB, cand.sentence[1]))) is not None and not text[cand.trigger[1] : m.start()].strip()


def _pair_as_subject(text: str, cand: _Candidate, events: list[Event]) -> list[str] | None:
    """The pair of the latest event of two countries told in an earlier sentence, when the
    sentence names its joint deed's doers as a pair; the three of the latest such event of three
    (of its type first) when three named as such are its subject (None otherwise)."""
    s = cand.sentence[0]
    end = cand.trigger[1] + _SUBJECT_AFTER_VERB if cand.tense else cand.trigger[0]
    if cand.event_type in TRIPLE_TYPES and _three_as_subject(text, cand):
        earlier_three = [ev for ev in reversed(events) if ev.spans.get("quote", [s])[0] < s and ev.reference_id is None and len(ev.countries) == 3]
        same = next((ev for ev in earlier_three if ev.event_type == cand.event_type), None) or next(iter(earlier_three), None)
        return list(same.countries) if same is not None else None
    if cand.event_type not in JOINT_TYPES or load_pair_anaphors().search(text, s, min(end, cand.sentence[1])) is None:
        return None
    earlier = (ev for ev in reversed(events) if ev.spans.get("quote", [s])[0] < s and ev.reference_id is None)
    return next((list(ev.countries) for ev in earlier if len(ev.countries) == 2), None)
