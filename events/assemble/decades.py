"""A deed told in a decade ("abducted citizens in the 1970s", "خاضا حربا في الثمانينيات"): ten
years, none of them named as the deed's own. The decade is no year and the publication day is
not the deed's either, so such a deed is left without a date rather than given a wrong one."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.temporal import CALENDAR_PATH, _calendar_data
from events.text.normalize import fold_str


@lru_cache(maxsize=4)
def load_decades(path: Path = CALENDAR_PATH) -> re.Pattern[str]:
    """A search for a decade: a year ending in 0 followed by s ("1970s", "1990's"), or an
    Arabic decade word (calendar.json `decade_words`, as written and folded: أربعينيات, اربعينيات)."""
    written = _calendar_data(path).get("decade_words", ())
    words = sorted({*written, *(fold_str(w) for w in written)}, key=len, reverse=True)
    arabic = "|".join(re.escape(w) for w in words) or "(?!)"
    return re.compile(
        r"(?<![\d])(?:1[89]|20)\d0['’]?s(?![^\W\d_])|(?<![^\W\d_])[وبف]?(?:" + arabic + r")(?![^\W\d_])",
        re.IGNORECASE,
    )


_BREAK = re.compile(r"[,;:()\u060c\u061b\n]")


def told_in_a_decade(text: str, clause: tuple[int, int], trigger: tuple[int, int]) -> bool:
    """Whether the clause names a decade with no punctuation between it and the event word: the
    deed's own time ("fought a border war in the 1990s"), not that of a clause set off by a
    comma ("abducted citizens in the 1970s, as he held a summit")."""
    lo, hi = clause
    for m in load_decades().finditer(text, lo, hi):
        a, b = m.start(), m.end()
        between = text[b : trigger[0]] if b <= trigger[0] else text[trigger[1] : a]
        if not _BREAK.search(between):
            return True
    return False
