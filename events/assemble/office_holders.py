"""An Arabic noun of a change of office whose object, right after it, is an office holder
named by an office word ("استقالة وزير الدفاع"، "إعفاء الأمير متعب من منصبه"، "عزل الرئيس"):
the office is the state's own, so the change took place in the country the article is
about when its sentence names none (`official_words` of data/assembly.json)."""

from __future__ import annotations

import re

from events.assemble.parties import load_official_words
from events.assemble.text import _Candidate
from events.text.normalize import is_arabic

_NEXT_WORD = re.compile(r"\s+(\S+)")


def names_an_office_holder(text: str, cand: _Candidate) -> bool:
    """Whether the candidate is an Arabic appointment noun right before an office word."""
    if cand.event_type != "appointment" or cand.tense or not is_arabic(cand.trigger_text[:1]):
        return False
    m = _NEXT_WORD.match(text, cand.trigger[1])
    if m is None:
        return False
    office = load_official_words().match(m.group(1))
    return office is not None and office.end() == len(m.group(1))
