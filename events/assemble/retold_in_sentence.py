"""A definite noun of an event type that the same sentence has told before by an indefinite noun
of its type ("قتل أربعة جنود في العاشر من فبراير إثر هجوم على قاعدة عسكرية، وتبنت الحركة
الهجوم") retells that event: the earlier word, with the time its clause gives, tells it, though
it is told as a circumstance and the definite one is not."""

from __future__ import annotations

from events.assemble.text import _Candidate
from events.model import TriggerMention


def retells_the_earlier(definite: bool, t: TriggerMention, prev: _Candidate) -> bool:
    """Whether the event word `t` (`definite`: a noun with the article) retells the indefinite
    noun `prev` of its type told before it in its sentence, with no less weight."""
    return (
        definite
        and not t.tense
        and not prev.tense
        and not prev.definite
        and prev.reference_id is None
        and prev.trigger[1] <= t.start
        and t.weight <= prev.weight
    )
