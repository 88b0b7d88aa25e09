"""A deed told in a clause of its own with a time of its own written right after its word, no
other event word between ("The rapprochement comes as Saudi Arabia seeks to end its involvement
in Yemen's war, where it has fought the Houthis since 2015"; "... وتحولت إلى اعتصام أمام مقر
القيادة العامة للجيش، قبل أن يعلن الجيش عزل الرئيس عمر البشير في 11 من الشهر نفسه"), is a deed
of its own on that date, told beside the sentence's event, not a circumstance the sentence's
event takes in."""

from __future__ import annotations

from collections.abc import Sequence

from events.assemble.text import _Candidate, _clause
from events.model import TimeMention
from events.text.lazy import LazyPattern

_POSSESSIVE = LazyPattern(r"['’]s?(?!\w)")


def dated_in_its_own_clause(
    text: str, cand: _Candidate, best: _Candidate, group: Sequence[_Candidate], dates: Sequence[TimeMention]
) -> bool:
    """Whether `cand` stands in another clause than `best`, and a date written out in the text (a
    year, a month or a day of a month; not a weekday or a day counted from the publication, which
    the sentence's own news shares) follows its word in that clause with no other event word of
    `group` between."""
    own = _clause(text, cand.sentence, cand.trigger)
    if own == _clause(text, best.sentence, best.trigger):
        return False
    for d in dates:
        if not (cand.trigger[1] <= d.start and d.end <= own[1]) or d.basis != "explicit" or d.recurring:
            continue
        if _POSSESSIVE.match(text, d.end):
            continue  # "amid the aftermath of February's earthquakes": the date of the noun it qualifies
        if not any(cand.trigger[1] <= o.trigger[0] < d.start for o in group if o is not cand):
            return True
    return False
