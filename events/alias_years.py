"""The year a catalogued event's name is written with, when it is of another deed of that name.

Some aliases describe a deed rather than name it ("the war between Israel and Hezbollah",
«الحرب بين إسرائيل وحزب الله»), and the press writes them for every instance of it. A year
written in the alias's own phrase, right before it ("the 2006 Israel-Hezbollah war") or after it
in its clause past joining words only (a preposition, a part of the year, a month, a relative
of the onset: «الحرب بين إسرائيل وحزب الله في صيف 2006», "that erupted in the summer of 2006"),
tells which instance: one outside the catalogued entry's years is another deed. A year past any
other word ("the deadliest war since 2006", "revived memories of 2006") is of another deed the
sentence recalls beside it, and says nothing of the alias's.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from events.text.normalize import fold_str, is_arabic, to_ascii_digits

# the most words between an alias and a year of its own after it ("that erupted in the summer of")
WORDS_BEFORE_YEAR = 6

_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_YEAR_RIGHT_BEFORE = re.compile(r"(?<!\d)((?:1[89]|20)\d\d)[\s-]*$")
_CLAUSE_BREAK = re.compile(r"[,;:.!?()\"«»،؛]")
_DAY_COMMA = re.compile(r"(?<!\d)(\d{1,2}),(\s*(?:1[89]|20)\d\d)(?!\d)")


def alias_year(text: str, start: int, end: int, joiners: Collection[str]) -> int | None:
    """The year written in the phrase of the alias at text[start:end]: right before an English one, or
    after it in its clause past at most `WORDS_BEFORE_YEAR` words, each one of `joiners`
    (lower-case folded words that join a year to the alias's phrase). None when none is."""
    # English writes the year before the name ("the 2006 Israel-Hezbollah war"); before an Arabic
    # name it ends the phrase before ("اتفاق القاهرة الموقع عام 2011 واتفاق الشاطئ")
    before = None if is_arabic(text[start : start + 1]) else _YEAR_RIGHT_BEFORE.search(text[max(0, start - 12) : start])
    if before is not None:
        return int(before.group(1))
    # (the comma between a day and its year, "July 12, 2006", ends no clause)
    tail = _DAY_COMMA.sub(r"\1 \2", to_ascii_digits(text[end : end + 80]))
    stop = _CLAUSE_BREAK.search(tail)
    if stop is not None:
        tail = tail[: stop.start()]
    year = _YEAR.search(tail)
    if year is None:
        return None
    words = tail[: year.start()].replace("-", " ").lower().split()
    # a day of the month is a word of the date ("on July 12, 2006")
    words = [w for w in words if not (w.isdigit() and int(w) <= 31)]
    if len(words) > WORDS_BEFORE_YEAR or any(fold_str(w) not in joiners for w in words):
        return None
    return int(year.group())


def aliases_of_another_year(
    text: str, spans: Iterable[tuple[int, int]], first: int, last: int, joiners: Collection[str]
) -> bool:
    """Whether every alias at `spans` in `text` is written with a year of its own (`alias_year`)
    and none of those years is one from `first` to `last`, the entry's years, or next to them (a
    long campaign told by the year it began: «عملية استعادة الموصل في 17 أكتوبر 2016», whose
    catalogued end came in 2017)."""
    years = [alias_year(text, s, e, joiners) for s, e in spans]
    return bool(years) and all(y is not None and not first - 1 <= y <= last + 1 for y in years)
