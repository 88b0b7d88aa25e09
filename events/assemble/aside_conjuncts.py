"""A verb joined by "and" (و) right after an aside of time set off by commas ("The United States
invaded Afghanistan in October 2001, weeks after the Sept. 11 attacks, and toppled the Taliban
government"; "اجتاحت الولايات المتحدة أفغانستان في أكتوبر 2001، بعد أسابيع من هجمات 11 سبتمبر،
وأطاحت بحكومة طالبان"): the aside tells what the first verb's deed came after, and the second verb
goes on with the first verb's clause. It shares the time of that clause, not the aside's own, nor
the publication day its clause of no date would give it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from events.model import TimeMention
from events.text.lazy import LazyPattern

# the aside, from its opening comma to its closing one, opened by a word of time order (perhaps
# after a count of time: "weeks after", "only days before"), then "and" before an English verb
_EN_ASIDE = LazyPattern(
    r",\s*(?:[\w.'-]+\s+){0,3}?(?:after|before|following)\s[^,;:!?]{1,80},\s+and\s+$",
    re.IGNORECASE,
)
# the Arabic aside; its و is joined to the verb, the trigger's first letter
_AR_ASIDE = LazyPattern(r"[،,]\s*(?:بعد|قبل|عقب|إثر|اثر)\s[^،,؛:.!؟]{1,80}[،,]\s*$")
_CLAUSE_BREAK = LazyPattern(r"[,،;؛:]")


def date_before_an_aside(
    text: str, trigger: tuple[int, int], sentence: tuple[int, int], dates: Sequence[TimeMention], tense: str
) -> TimeMention | None:
    """The last date of the clause right before an aside of time that the event word, a verb in
    the past joined by "and" (و), follows (None: no such aside, or no date in that clause)."""
    if tense != "past":
        return None
    start = sentence[0]
    if text.startswith("و", trigger[0]):
        aside = _AR_ASIDE.search(text, start, trigger[0])
    else:
        aside = _EN_ASIDE.search(text, start, trigger[0])
    if aside is None:
        return None
    before = [d for d in dates if start <= d.start and d.end <= aside.start()]
    if not before:
        return None
    last = max(before, key=lambda d: d.end)
    return None if _CLAUSE_BREAK.search(text, last.end, aside.start()) else last
