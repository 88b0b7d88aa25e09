"""Sentence splitting for Arabic and Latin text, as offsets into the original.

A sentence ends at a line break, or at `.`, `!`, `?`, `؟`, `…` followed by
white space or a quote. A full stop between digits (`5.5`), after initials
(`U.S.`, `U.A.E.`), a one-letter abbreviation (`د.`, `George W. Bush`), a title
or other word cut short (`Maj.`, `Sen.`, `No.`: events/data/abbreviations.json),
a month cut short before its day (`Dec. 8`), `a.m.`/`p.m.` when the sentence
goes on (`9 p.m. local time`), or inside a TASS dateline
(`MOSCOW, March 15. /TASS/.`) does not end one.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from events.text.lazy import LazyPattern

# `[.!?؟…]+["'»”)\]]*(?=\s|$)|\n+`, written to begin with one character class so
# that the regex engine skips quickly to the next candidate character.
_END = LazyPattern(r"[.!?؟…\n](?:(?<=\n)\n*|(?<!\n)[.!?؟…]*[\"'»”)\]]*(?=\s|$))")
_ABBREVIATIONS = json.loads(
    (Path(__file__).resolve().parent.parent / "data" / "abbreviations.json").read_text(encoding="utf-8")
)


def _words(key: str) -> str:
    return "|".join(re.escape(w) for w in sorted(_ABBREVIATIONS[key], key=len, reverse=True))


# one letter (`W.`, `د.`), initials (`U.S.`, `U.A.E.`), a title or other word cut short
_ABBREV_TAIL = LazyPattern(
    r"(?:^|[\s(])(?:[A-Za-z]|[ء-ي]|(?:[A-Z]\.)+[A-Z]|" + _words("titles") + "|" + _words("others") + r")\.$"
)
# a month cut short before its day ("RIYADH, Dec. 8 (Xinhua) --", "on Oct. 9")
_MONTH_TAIL = LazyPattern(r"(?:^|[\s(])(?:" + _words("months") + r")\.$")
_TIME_TAIL = LazyPattern(r"(?:^|[\s\d])(?:" + _words("time") + r")\.$")
# what follows a.m./p.m. inside its sentence: "9 p.m. local time", "2 a.m. (2300 GMT)",
# "10 a.m. Monday", "9 a.m. GMT", "9:45 p.m. Khartoum time"
_TIME_GOES_ON = LazyPattern(
    r"\s+(?:[a-z\d(\[,;:–-]|(?:"
    + _words("weekdays")
    + r"|GMT|UTC|[A-Z]{2,3}T)\b|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s+time\b)"
)
_DAY_NEXT = LazyPattern(r"\s+\d")
# an agency between slashes, as TASS files: "MOSCOW, March 15. /TASS/. Russian ..."
_SLASHED_AGENCY_NEXT = LazyPattern(r"\s+/[A-Za-z-]{2,12}/")
_SLASHED_AGENCY_TAIL = LazyPattern(r"\s/[A-Za-z-]{2,12}/\.$")


def is_abbreviation_point(text: str, dot: int) -> bool:
    """Whether the full stop at `dot` shortens a word and ends no sentence: a title before a
    name ("Mr.", "Gen."), a month before its day ("Oct. 7"), a.m. or p.m. in a sentence that
    goes on, an initial or a short form ("U.S.")."""
    if text[dot : dot + 1] != ".":
        return False
    before = text[max(0, dot - 12) : dot + 1]
    return bool(
        _ABBREV_TAIL.search(before)
        or (_TIME_TAIL.search(before) and _TIME_GOES_ON.match(text, dot + 1))
        or (_MONTH_TAIL.search(before) and _DAY_NEXT.match(text, dot + 1))
    )


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, stripped of surrounding white space."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        if m.group().startswith(".") and "\n" not in m.group():
            before = text[max(0, m.start() - 12) : m.start() + 1]
            if _ABBREV_TAIL.search(before):
                continue
            if _TIME_TAIL.search(before) and _TIME_GOES_ON.match(text, m.end()):
                continue
            if _MONTH_TAIL.search(before) and _DAY_NEXT.match(text, m.end()):
                continue
            if start == 0 and (
                _SLASHED_AGENCY_NEXT.match(text, m.end())
                or _SLASHED_AGENCY_TAIL.search(text, max(0, m.start() - 16), m.start() + 1)
            ):
                continue  # a dateline "MOSCOW, March 15. /TASS/." is part of the first sentence
        _add(text, start, m.end(), spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
