"""A deed's noun followed by an aside set off by commas that opens with the participle of its
deed ("The treaty, signed by Medvedev and Obama in Prague in April, must still be approved";
"الاتفاقية، الموقعة في الرياض عام 2019، تنص على") is dated by that aside: the participle tells
when the noun's deed was done, though the aside stands outside the noun's own clause."""

from __future__ import annotations

from collections.abc import Sequence

from events.assemble.rules import load_participles
from events.assemble.text import _CLAUSE_BREAK
from events.model import TimeMention
from events.text.lazy import LazyPattern

_OPENING_COMMA = LazyPattern(r"\s*[,،]")
_ASIDE_WORDS = 16  # the most words of such an aside


def date_in_participle_aside(
    text: str, trigger: tuple[int, int], sentence_end: int, dates: Sequence[TimeMention]
) -> TimeMention | None:
    """The one time written in the aside opened by a participle right after the event word
    and a comma (None: no such aside, or not one time in it)."""
    comma = _OPENING_COMMA.match(text, trigger[1], sentence_end)
    if comma is None:
        return None
    participle = load_participles().match(text, comma.end(), sentence_end)
    if participle is None:
        return None
    close = _CLAUSE_BREAK.search(text, participle.end(), sentence_end)
    end = close.start() if close is not None else sentence_end
    if len(text[participle.end() : end].split()) > _ASIDE_WORDS:
        return None
    told = [d for d in dates if participle.end() <= d.start and d.end <= end and not d.recurring]
    return told[0] if told and len({d.value for d in told}) == 1 else None
