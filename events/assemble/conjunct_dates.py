"""Two deeds listed with a date each ("including the capture of Afrin in 2018 and an offensive
east of the Euphrates in October 2019"): the date before "and" closes the first conjunct, so the
second deed takes the date after its own word."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.temporal import TimeMention

_WORDS_BETWEEN = 2  # words between the coordinator and the event word ("and a major offensive")


@lru_cache(maxsize=4)
def load_conjunct_openers(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match, right after a date, of a coordinator (data/assembly.json `conjunct_dates`: and,
    or) and up to two words, ending where the matched text ends."""
    words = load_assembly_rules(path).get("conjunct_dates", ())
    return re.compile(
        r"\s*,?\s+(?:" + alternation(words, spaced=True) + r")\s+(?:[^\s,;:.]+\s+){0," + str(_WORDS_BETWEEN) + r"}$",
        re.IGNORECASE,
    )


def date_of_second_conjunct(
    text: str, trigger: tuple[int, int], chosen: TimeMention | None, own: Sequence[TimeMention]
) -> TimeMention | None:
    """The first date of `own` (the dates of the event word's clause) after the event word, when
    `chosen` stands before it and closes the conjunct before "and"; else None."""
    if chosen is None or chosen.end > trigger[0]:
        return None
    if load_conjunct_openers().fullmatch(text, chosen.end, trigger[0]) is None:
        return None
    return next((d for d in sorted(own, key=lambda d: d.start) if d.start >= trigger[1]), None)
