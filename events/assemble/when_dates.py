"""A date followed by a clause telling what happened on it ("since February 22, when protests
erupted over ... the April 18 election", "منذ 22 فبراير، عندما اندلعت الاحتجاجات"): the event
word of that clause took place on that date, not on a date named further on in the clause."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.temporal import TimeMention
from events.text.lazy import LazyPattern

_WORDS_BETWEEN = 4  # words between "when" and the event word ("when thousands of people protested")
_SAYING_WORDS = 5  # words between a verb of saying and its "that" ("announced on national television that")
_MODIFIER_WORDS = 2  # words between an attributive date and its noun ("the April 18 presidential election")


@lru_cache(maxsize=4)
def load_when_dates(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match, right after a date, of a comma or none, a word of `when_dates` (data/assembly.json)
    and up to four words, ending where the matched text ends."""
    rules = load_assembly_rules(path)
    words = rules.get("when_dates", ())
    sayings = rules.get("when_sayings", {})
    word = r"[^\s,،;:.]+\s+"
    # "since Wednesday, when they announced on national television that they had removed him":
    # the deed the clause's saying tells was done by its day
    said = (
        r"(?:(?:" + alternation(sayings.get("verbs", ()), spaced=True) + r")\s+(?:" + word + r"){0,"
        + str(_SAYING_WORDS) + r"}?(?:" + alternation(sayings.get("links", ()), spaced=True) + r")\s+(?:" + word
        + r"){0," + str(_WORDS_BETWEEN) + r"})?"
    )
    return re.compile(
        r"\s*[,،]?\s*(?:" + alternation(words, spaced=True) + r")\s+(?:" + word + r"){0," + str(_WORDS_BETWEEN) + r"}"
        + said + "$",
        re.IGNORECASE,
    )


_RIGHT_BEFORE = LazyPattern(r"\s+(?:[^\W\d_]+\s+){0," + str(_MODIFIER_WORDS) + r"}$")


def _right_before(text: str, date: TimeMention, trigger: tuple[int, int]) -> bool:
    """Whether `date` qualifies the event word itself ("the April 18 election")."""
    return date.end <= trigger[0] and _RIGHT_BEFORE.fullmatch(text, date.end, trigger[0]) is not None


def date_of_when_clause(
    text: str, trigger: tuple[int, int], dates: Sequence[TimeMention], chosen: TimeMention | None
) -> TimeMention | None:
    """The date a clause opened by "when" tells of, when the event word at `trigger` stands a few
    words into that clause and `chosen`, the date read for it, does not qualify the word itself."""
    if chosen is not None and _right_before(text, chosen, trigger):
        return None
    pattern = load_when_dates()
    for d in dates:
        if d.end <= trigger[0] and not d.recurring and pattern.fullmatch(text, d.end, trigger[0]):
            return d
    return None
