"""A deed told by a verb in the past, then a word of after in its clause and a catalogued deed done
by the other side ("Israel launched its offensive in Gaza after the October 7 attack", «شنت
إسرائيل هجومها على غزة بعد هجوم 7 أكتوبر»): two deeds, the later one answering the earlier. The
catalogued name after the word of after is the earlier deed, told in passing, and not what the
event word tells: the event word is not linked to it (`before_the_after`, read in dating.py).
With no time of its own, the later deed came soon after the earlier one, in its month (as a deed
after a dated one does, after_dates.py), unless a counted span stands with the word of after
("two months after", «بعد شهرين من»): then it is dated by the publication. A deed of the same
doer after it ("Hamas fired more rockets after the October 7 attack") is left to what the catalog
reads."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.after_dates import _CLAUSE_END, _past_verb, load_after_dates, load_cause_words
from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.assemble.since_events import take_catalogued_month
from events.assemble.text import _Candidate
from events.model import Event, ReferenceMention
from events.text.lazy import LazyPattern

# what may stand between the word of after and the catalogued name: the article, or nothing
_NAME_OPENS = LazyPattern(r"\s+(?:the\s+)?\Z", re.IGNORECASE)


def by_the_other_side(event: Event, countries: Sequence[str]) -> bool:
    """Whether the catalogued deed of `countries` (its doer's first) was done by the side
    `event`'s doer faces: the event's doer is one of them, but not the first."""
    if event.actor1 is None or not event.countries or not countries:
        return False
    doer = event.countries[0]
    return doer != countries[0] and doer in countries


@lru_cache(maxsize=4)
def load_third_party_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Types of a third state's answer to a catalogued deed (`after_other_doers.third_party_types`)."""
    return frozenset(load_assembly_rules(path).get("after_other_doers", {}).get("third_party_types", ()))


def answered_from_outside(event: Event, countries: Sequence[str]) -> bool:
    """Whether `event` is a third state's answer to the catalogued deed of `countries`: a measure
    (`load_third_party_types`) whose doer took no part in it ("the Soviet Union severed ties with
    Israel after the June 1967 war")."""
    if event.event_type not in load_third_party_types() or event.actor1 is None or not event.countries:
        return False
    return event.countries[0] not in countries


def _after_word(text: str, cand: _Candidate) -> int | None:
    """Where the word of after in the event word's clause, past the event word, begins; None when
    there is none."""
    inner, _, _ = load_after_dates()
    found = inner.search(text, cand.trigger[1], cand.sentence[1])
    if found is None or _CLAUSE_END.search(text, cand.trigger[1], found.start()) is not None:
        return None
    return found.start()


def soon_after(text: str, cand: _Candidate) -> bool:
    """Whether the event word's clause has a word of after past it with no counted span before or
    right after it ("two months after", "بعد شهرين من"): the deed came soon after what follows."""
    inner, span, span_after = load_after_dates()
    at = _after_word(text, cand)
    if at is None or span.search(text, cand.trigger[1], at) is not None:
        return False
    found = inner.match(text, at)
    return found is not None and span_after.match(text, found.end()) is None


def before_the_after(told: str, cand: _Candidate, text: str) -> str | None:
    """`told` (the event word's sentence, from its start) blanked from the word of after in the
    event word's clause on, for a deed told by a verb in the past; None when there is none."""
    if not _past_verb(cand):
        return None
    at = _after_word(text, cand)
    if at is None:
        return None
    cut = at - cand.sentence[0]
    return told[:cut] + " " * (len(told) - cut)


def _soon_after_cause(text: str, cand: _Candidate) -> re.Match[str] | None:
    """The word of after or of a cause (`after_dates.cause_words`: after, following, إثر، عقب)
    in the event word's clause past it, with no counted span before or right after it: the deed
    came soon after what follows."""
    _, span, span_after = load_after_dates()
    found = load_cause_words().search(text, cand.trigger[1], cand.sentence[1])
    if found is None or _CLAUSE_END.search(text, cand.trigger[1], found.start()) is not None:
        return None
    if span.search(text, cand.trigger[1], found.start()) is not None or span_after.match(text, found.end()) is not None:
        return None
    return found


def _named_right_after(text: str, found: re.Match[str] | None, end: int, references: Sequence[ReferenceMention]) -> list[ReferenceMention]:
    """The catalogued names that the word of after `found` opens, before `end`."""
    if found is None:
        return []
    return [
        r
        for r in references
        if found.end() <= r.start < end and r.precision != "year" and _NAME_OPENS.search(text, found.end(), r.start) is not None
    ]


def catalogued_after(text: str, cand: _Candidate, references: Sequence[ReferenceMention]) -> bool:
    """Whether a measure (`load_third_party_types`) is told soon after a catalogued deed named
    right after a word of after or of a cause in its clause («قطع الاتحاد السوفياتي العلاقات مع
    إسرائيل إثر حرب يونيو 1967»): `date_after_catalogued` may date it, though the catalogued
    deed is an old setting (else it is dropped as undated background, as before)."""
    if cand.event_type not in load_third_party_types() or cand.reference_id is not None:
        return False
    return bool(_named_right_after(text, _soon_after_cause(text, cand), cand.sentence[1], references))


def date_after_catalogued(
    event: Event, text: str, cand: _Candidate, references: Sequence[ReferenceMention], spans: dict
) -> bool:
    """Date a publication-dated deed told by a verb in the past by the month of a catalogued
    deed of the other side (`by_the_other_side`) named right after the word of after in its
    clause (`soon_after`: not "two months after"), or of one a third state answered with a
    measure (`answered_from_outside`, after a word of after or of a cause: إثر، عقب), when that
    deed is no later than the publication. Whether it was so dated."""
    if event.date_basis != "publication" or not _past_verb(cand):
        return False
    inner, _, _ = load_after_dates()
    found = inner.match(text, _after_word(text, cand) or 0) if soon_after(text, cand) else None
    for r in _named_right_after(text, found, cand.sentence[1], references):
        if by_the_other_side(event, r.countries) and take_catalogued_month(event, r, spans):
            return True
    if event.event_type not in load_third_party_types():
        return False
    for r in _named_right_after(text, _soon_after_cause(text, cand), cand.sentence[1], references):
        if answered_from_outside(event, r.countries) and take_catalogued_month(event, r, spans):
            return True
    return False
