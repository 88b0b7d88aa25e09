"""An English event word in the appositive that describes a thing named with its year ("the 2003
Rose Revolution, a wave of peaceful street demonstrations that forced Eduard Shevardnadze to step
down"): the appositive tells what that thing was, so its deeds are of that year, though the year
stands outside their clause."""

from __future__ import annotations

import re
from collections.abc import Sequence

from events.assemble.text import YEAR_OWNERS
from events.model import TimeMention
from events.text.lazy import LazyPattern

# a determiner or a possessive, then the year: "the 2003", "Egypt's 2011", "whose 2011"
_BEFORE_YEAR = LazyPattern(r"(?<!\S)" + YEAR_OWNERS + r"\s+\Z", re.IGNORECASE)
# the rest of the name after the year, up to the comma: "Rose Revolution", "military coup"
_NAME_AFTER_YEAR = LazyPattern(r"(?:\s+[A-Za-z][\w'’-]*){1,4}\s*,\s+(?:a|an)\s")
# a sentence opened by a phrase of time or setting ("Years after Georgia's 2003 revolution, the
# opposition ..."): the comma after the name ends that phrase, and no appositive follows
_FRONTED = LazyPattern(
    r"\s*(?:[\"'“(]\s*)?(?:after|following|since|before|in|during|until|amid|despite|years|months|weeks|days|decades|long)\b",
    re.IGNORECASE,
)
_APPOSITIVE_WORDS = 12  # the most words between the appositive's opening and the event word


def year_of_the_described_name(
    text: str, trigger: tuple[int, int], sentence: tuple[int, int], dates: Sequence[TimeMention]
) -> TimeMention | None:
    """The year of the thing whose appositive (opened by "a" or "an") holds the English event
    word, or None; not in a sentence opened by a phrase of time or setting."""
    comma = text.rfind(",", sentence[0], trigger[0])
    if comma < 0 or ";" in text[comma : trigger[0]] or len(text[comma + 1 : trigger[0]].split()) > _APPOSITIVE_WORDS:
        return None
    for d in dates:
        if d.precision != "year" or d.recurring or not re.fullmatch(r"\d{4}", text[d.start : d.end]) or d.end > comma:
            continue
        if _BEFORE_YEAR.search(text, max(sentence[0], d.start - 30), d.start) is None:
            continue
        if _FRONTED.match(text, sentence[0]) is not None:
            continue
        m = _NAME_AFTER_YEAR.match(text, d.end)
        if m is not None and text.rfind(",", d.end, m.end()) == comma:
            return d
    return None
