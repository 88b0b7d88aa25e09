"""A relative word of time inside a direct quotation ("Today we are in dire need of uniting our
efforts," Prince Mohammed told the summit; أعلن الوزير، أمس الثلاثاء، قطع العلاقات «ابتداءً من
اليوم») speaks from the day the words were
spoken, not from the publication: it dates no event word outside that quotation. The event is
dated by the sentence's other times, or, with none, as one with no time of its own."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from events.assemble.text import _Candidate
from events.model import TimeMention

_QUOTE_MARKS = re.compile('["“«”»]')  # the marks `_quotations` reads; no other character matters


def _quotations(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans of the direct quotations of the sentence from `start` to `end`: straight
    quotation marks taken in pairs, and curly ones and guillemets from the opening to the
    closing mark."""
    opened = None
    for m in _QUOTE_MARKS.finditer(text, start, end):
        i = m.start()
        ch = text[i]
        if ch == '"':
            if opened is None:
                opened = i
            else:
                yield opened, i + 1
                opened = None
        elif ch in "“«":
            opened = i
        elif ch in "”»" and opened is not None:
            yield opened, i + 1
            opened = None
    if opened is not None:
        yield opened, end  # a quotation that runs on into the next sentence


def without_quoted_relative_days(text: str, cand: _Candidate, dates: Sequence[TimeMention]) -> list[TimeMention]:
    """`dates` without the relative ones inside a direct quotation the event word is not in."""
    if not any(d.basis == "relative" for d in dates):
        return list(dates)  # no quotation is looked for when no relative date could be dropped
    spans = [q for q in _quotations(text, *cand.sentence) if not q[0] <= cand.trigger[0] < q[1]]
    if not spans:
        return list(dates)
    return [d for d in dates if d.basis != "relative" or not any(a <= d.start and d.end <= b for a, b in spans)]
