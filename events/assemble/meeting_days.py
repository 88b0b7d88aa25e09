"""A deed made at a gathering its sentence names with its day ("تعهد المانحون في مؤتمر بروكسل
الذي عقد الثلاثاء بتقديم 4 مليارات دولار", "donors at Tuesday's conference in Brussels pledged
$4 billion"): the pledge was made that day, though the day stands in the gathering's own phrase
(a relative clause, a possessive) and not in the deed's clause. Only for the types made at such
gatherings (assembly.json `made_at_gatherings`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from events.assemble.rules import alternation, load_assembly_rules
from events.assemble.text import _RELATIVE_WORDS, _Candidate
from events.model import TimeMention
from events.text.lazy import LazyPattern

# what ends the gathering's phrase: a clause break or a full stop
_PHRASE_END = LazyPattern(r"[.,;:!?،؛]")

# a comma opening a relative clause about the gathering (", which was held in London on February
# 4", "، الذي عقد في جنيف"): the clause is still the gathering's phrase
_RELATIVE_ASIDE = LazyPattern(r"[,،]\s*(?:" + _RELATIVE_WORDS + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _gathering() -> tuple[frozenset[str], re.Pattern[str], int]:
    """The types concerned, a search for a preposition of setting and a noun of a gathering
    right after it (perhaps with the article), and how far past the noun its day may stand."""
    rules = load_assembly_rules()["made_at_gatherings"]
    pattern = re.compile(
        rf"(?<!\w)(?:{alternation(rules['at_words'])})\s+(?:(?:the|a|an)\s+)?(?:[^\s.,;:!?،؛]+\s+){{0,2}}?"
        rf"(?:{alternation(rules['nouns'])})(?!\w)",
        re.IGNORECASE,
    )
    return frozenset(rules["types"]), pattern, int(rules["reach"])


def day_of_its_gathering(text: str, cand: _Candidate, dates: Sequence[TimeMention]) -> TimeMention | None:
    """The day of the gathering the candidate's sentence says it was made at: a day told in the
    gathering's phrase, from the preposition to `reach` characters past the noun with no clause
    break between ("at Tuesday's conference", "في مؤتمر لندن الذي انعقد في الرابع من فبراير"), or
    but for the comma that opens a relative clause about the gathering ("at the meeting, which was
    held in London on February 4", "خلال مؤتمر المانحين، الذي عقد في جنيف في 4 فبراير")."""
    types, pattern, reach = _gathering()
    if cand.event_type not in types:
        return None
    lo, hi = cand.sentence
    for found in pattern.finditer(text, lo, hi):
        end = found.end()
        stop = _PHRASE_END.search(text, end, min(hi, end + reach))
        if stop is not None and _RELATIVE_ASIDE.match(text, stop.start()):
            stop = _PHRASE_END.search(text, stop.end(), min(hi, end + reach))
        limit = stop.start() if stop else min(hi, end + reach)
        day = next((d for d in dates if found.start() <= d.start and d.end <= limit and d.precision == "day"), None)
        if day is not None:
            return day
    return None
