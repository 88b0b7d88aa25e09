"""A catalogued agreement named in a sentence that tells its ratification ("صدّق الرئيس على
اتفاقية تعيين الحدود البحرية بين مصر والسعودية", "parliament ratified the Paris climate
agreement") is the object of that ratification: the ratification is the sentence's deed, of
its day, and the agreement, signed on a day of its own, is told beside it in passing."""

from __future__ import annotations

from collections.abc import Sequence

from events.assemble.text import _Candidate


def ratified_catalogued_deal(cand: _Candidate, group: Sequence[_Candidate]) -> bool:
    """Whether `cand` is a catalogued agreement whose sentence tells a ratification of its own,
    not itself catalogued nor a circumstance of the sentence."""
    if cand.event_type != "agreement" or cand.reference_id is None:
        return False
    return any(d.event_type == "ratification" and d.reference_id is None and not d.circumstance for d in group)
