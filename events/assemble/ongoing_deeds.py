"""A deed told as going on, in a clause of its own, before ", and" and another deed of the
sentence ("ويحشد الأسد جيشه على الخطوط الأمامية، وشاركت الطائرات الروسية في قصف المسلحين";
"Assad is massing his army on the front lines, and Russian warplanes bombed the rebels"),
is a deed of its own: the later deed does not take it in, though it outranks it in the
sentence. The ongoing deed is an Arabic verb in the imperfect that the lexicon reads as asserted,
or an English present progressive ("is massing", "are deploying")."""

from __future__ import annotations

from collections.abc import Sequence

from events.assemble.text import _Candidate, _clause
from events.model import TriggerMention
from events.text.lazy import LazyPattern
from events.text.normalize import is_arabic

# the joint between the two clauses: a comma, then "and" / و (written on the next word or alone)
_AND_AFTER_COMMA = LazyPattern(r"[،,]\s*(?:و|and\s)")

# an English present progressive right before the event word ("is massing", "are now deploying")
_PROGRESSIVE = LazyPattern(r"\b(?:is|are|has been|have been)\s+(?:(?:now|still|currently|reportedly)\s+)?$")


def _ongoing(text: str, cand: _Candidate) -> bool:
    """Whether the event word tells a deed going on: an Arabic imperfect verb, or an English
    verb in -ing after a present form of "to be"."""
    start, end = cand.trigger
    if is_arabic(cand.trigger_text):
        return cand.tense == "present"
    word = text[start:end]
    return word.endswith("ing") and " " not in word.strip() and _PROGRESSIVE.search(text, max(0, start - 40), start) is not None


def ongoing_before_another_deed(text: str, cand: _Candidate, best: _Candidate) -> bool:
    """Whether `cand`, a deed going on, ends its clause before the sentence's main event word
    `best`, the two clauses joined by a comma and "and" / و with nothing else between."""
    if cand.trigger[1] > best.trigger[0] or cand.event_type == best.event_type or not _ongoing(text, cand):
        return False
    if is_arabic(cand.trigger_text) != is_arabic(best.trigger_text):
        return False
    own = _clause(text, cand.sentence, cand.trigger)
    if own == _clause(text, best.sentence, best.trigger) or own[1] >= best.trigger[0]:
        return False
    joint = _AND_AFTER_COMMA.match(text, own[1])
    return joint is not None


def ongoing_clause_end(text: str, cand: _Candidate, triggers: Sequence[TriggerMention]) -> int | None:
    """Where the clause of a deed going on ends, when an asserted event word of another type
    stands past the comma and "and" / و that close it (`ongoing_before_another_deed`): the
    names after it are the later deed's (the warplanes that bombed are not where the army
    massed); None otherwise."""
    if cand.reference_id is not None or not _ongoing(text, cand):
        return None
    own = _clause(text, cand.sentence, cand.trigger)
    if own[1] >= cand.sentence[1] or _AND_AFTER_COMMA.match(text, own[1]) is None:
        return None
    later = any(
        t.modality == "asserted" and t.event_type != cand.event_type and own[1] < t.start < cand.sentence[1] for t in triggers
    )
    return own[1] if later else None
