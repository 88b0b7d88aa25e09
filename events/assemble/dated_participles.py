"""An event word named with a participle of its own and a date written out after it ("بنود
اتفاقية التعاون الأمني الموقعة في 25 ديسمبر 2001", "the accord signed in 2014") tells an event of
that date, though it stands as the object of another event word that would take it in ("وجاءت
المصادقة على القانون بناء على بنود اتفاقية ... الموقعة في 2001": the ratification is of the day,
the agreement of 2001)."""

from __future__ import annotations

from collections.abc import Sequence

from events.assemble.agreeing_participles import agrees_from_afar
from events.assemble.rules import load_participles
from events.assemble.text import _CLAUSE_BREAK, _Candidate, _dating_clause, _same_noun_phrase
from events.model import TimeMention

_WORDS_TO_DATE = 3  # words between the participle and its date ("الموقعة بينهما في")


def _date_after(text: str, at: int, end: int, dates: Sequence[TimeMention]) -> TimeMention | None:
    """The first date a few words after `at` in its clause, when written out."""
    after = [d for d in dates if at <= d.start < end and not d.recurring]
    if not after:
        return None
    d = min(after, key=lambda d: d.start)
    gap = text[at : d.start]
    if _CLAUSE_BREAK.search(gap) or len(gap.split()) > _WORDS_TO_DATE:
        return None
    return d if d.basis == "explicit" or d.precision in ("month", "year") else None


def _participle_date(text: str, cand: _Candidate, dates: Sequence[TimeMention]) -> TimeMention | None:
    """The date written out a few words after a participle of the candidate's noun phrase."""
    e = cand.sentence[1]
    t0, t1 = cand.trigger
    for m in load_participles().finditer(text, t1, e):
        between = text[t1 : m.start()]
        if not (_same_noun_phrase(between) or agrees_from_afar(text, (t0, t1), (m.start() + 1, m.end()))):
            return None
        return _date_after(text, m.end(), e, dates)
    return None


def dated_by_its_participle(
    text: str, cand: _Candidate, absorbing: Sequence[_Candidate], dates: Sequence[TimeMention]
) -> bool:
    """Whether `cand` is named with its own participle and written date, a date none of the
    `absorbing` candidates' own clauses holds."""
    own = _participle_date(text, cand, dates)
    if own is None or not absorbing:
        return False
    for a in absorbing:
        lo, hi = _dating_clause(text[a.sentence[0] : a.sentence[1]], a.sentence[0], a.trigger)
        if any(lo <= d.start and d.end <= hi and d.value == own.value for d in dates):
            return False
    return True
