"""The entries of a timeline ("- August 17, 2019: Military and civilian leaders sign a
power-sharing deal"): a line that opens, after a mark of a list, on a date of its own set off by a
colon or a dash. Such an entry tells events of the story's country, and one that names no
country of its own takes place there, whatever its type, in any sentence of the entry ("June
13, 2025 - Israel launches strikes ... A ceasefire takes effect on June 24."). Without a mark
of a list, a line is an entry when the article has at least `_UNMARKED_ENTRIES` lines that
open that way."""

from __future__ import annotations

from collections.abc import Sequence

from events.assemble.headings import _LIST_MARKS

_ENTRY_SEPARATORS = (":", "-", "–", "—")  # what sets the date of an entry off from its event
_DATE_OFFSET = 3  # characters after a list's mark and its spaces within which the entry's date starts
_UNMARKED_ENTRIES = 3  # lines opening on a date that make a timeline of lines with no mark of a list


def _opens_on_a_date(text: str, line_start: int, dates: Sequence[tuple[int, int]]) -> bool:
    """Whether the line at `line_start` opens, after a mark of a list or none, with one of
    `dates` followed by a colon or a dash."""
    line = text[line_start:]
    body = line_start + len(line) - len(line.lstrip().lstrip("".join(_LIST_MARKS)).lstrip())
    return any(
        body <= d_start <= body + _DATE_OFFSET and text[d_end : d_end + 3].lstrip().startswith(_ENTRY_SEPARATORS)
        for d_start, d_end in dates
    )


def _a_timeline_entry(text: str, start: int, dates: Sequence[tuple[int, int]]) -> bool:
    """Whether the sentence at `start` is in an entry of a timeline: its line opens with a mark of
    a list (or, in a timeline of unmarked lines, none) and one of `dates` (the article's explicit
    dates, as start and end), followed by a colon or a dash."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _opens_on_a_date(text, line_start, dates):
        return False
    if text[line_start:].lstrip().startswith(_LIST_MARKS):
        return True
    starts = {text.rfind("\n", 0, d_start) + 1 for d_start, _ in dates}
    return sum(1 for s in starts if _opens_on_a_date(text, s, dates)) >= _UNMARKED_ENTRIES
