"""An event word of a type another word of its sentence would absorb (a visit takes in the
meetings of its visitor) keeps its own event when it stands in a clause of its own after the
absorbing word, with a doer of its own: "the Syrian minister flew to Jeddah on April 12, and
the Saudi minister was received by Assad in Damascus six days later" tells a second deed, done
by another (data/assembly.json `subject_after_and`). An Arabic subject after its verb is not
told from its object by its form: there a host's verb (`host_cameo`) after «، و», on a day of
its own, tells the second deed («زار وزير الخارجية جدة في 12 أبريل، واستقبل الرئيس الأسد
الوزير السعودي في دمشق بعد ستة أيام»). A clause whose object points back at the first doer
("and Assad received him", «واستقبله الرئيس») tells the same visit's reception, which stays
absorbed."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from events.assemble.own_days import _JOINED_BY_WA, _done_after_another_subject
from events.assemble.rules import load_location_roles
from events.assemble.text import _Candidate, _clause
from events.text.lazy import LazyPattern
from events.text.normalize import is_arabic

# an object pronoun right after the English verb, or one written on the Arabic verb
_BACK_EN = LazyPattern(r"\s+(?:him|her|it|them|us)\b", re.IGNORECASE)
_BACK_AR = LazyPattern(r"(?:ه|ها|هم|هما|هن)$")


def points_back(text: str, cand: _Candidate) -> bool:
    """Whether the object of the candidate's verb is a pronoun: the doer of a deed told before."""
    if is_arabic(cand.trigger_text):
        end = cand.trigger[1]
        while end < len(text) and text[end].isalpha():
            end += 1
        return _BACK_AR.search(text, cand.trigger[0] + 3, end) is not None
    return _BACK_EN.match(text, cand.trigger[1]) is not None


def _opens_a_clause_with_wa(text: str, cand: _Candidate, absorbing: Sequence[_Candidate]) -> bool:
    """Whether the Arabic candidate is a host's verb in the past (`host_cameo`: «استقبل»)
    opening, with «، و», a clause other than those of every absorbing candidate: its doer is
    the host, not the doer told before (an Arabic subject after its verb is not told from
    its object by its form)."""
    if cand.tense != "past" or not cand.trigger_text.startswith("و") or cand.cameo not in load_location_roles()[1]:
        return False
    if _JOINED_BY_WA.search(text, max(0, cand.trigger[0] - 6), cand.trigger[0] + 1) is None:
        return False
    clause = _clause(text, cand.sentence, cand.trigger)
    return all(_clause(text, a.sentence, a.trigger) != clause for a in absorbing)


# a span counted from the day told before, closing the clause («بعد ستة أيام», «بعد يومين»)
_COUNTED_AR = LazyPattern(
    r"(?<!\S)(?:بعد|قبل)\s+(?:(?:يوم|يومين|أسبوع|أسبوعين)|(?:\S+\s+)?(?:أيام|أسابيع))[\s.]*$"
)


def _on_another_day(text: str, cand: _Candidate, absorbing: Sequence[_Candidate], cuts: Sequence[int]) -> bool:
    """Whether the candidate stands in another dated part of its sentence (`cuts`: where the
    sentence's days change) than every absorbing candidate, or its clause ends counting its
    day from theirs."""
    _, clause_end = _clause(text, cand.sentence, cand.trigger)
    if _COUNTED_AR.search(text, cand.trigger[1], clause_end) is not None:
        return True
    part = bisect.bisect_right(cuts, cand.trigger[0])
    return bool(cuts) and all(bisect.bisect_right(cuts, a.trigger[0]) != part for a in absorbing)


def a_deed_of_its_own(text: str, cand: _Candidate, absorbing: Sequence[_Candidate], cuts: Sequence[int]) -> bool:
    """Whether the candidate is a deed in a clause of its own after every absorbing candidate,
    its object not pointing back: in English with a subject of its own after ", and"; in
    Arabic a host's verb in the past after «، و», with a day of its own (`cuts`: where the
    sentence's days change)."""
    if not absorbing or any(a.trigger[1] > cand.trigger[0] for a in absorbing) or points_back(text, cand):
        return False
    if is_arabic(cand.trigger_text):
        return _opens_a_clause_with_wa(text, cand, absorbing) and _on_another_day(text, cand, absorbing, cuts)
    return all(_done_after_another_subject(text, cand, a) for a in absorbing)
