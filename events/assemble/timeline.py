"""The entries of a timeline ("- August 17, 2019: Military and civilian leaders sign a
power-sharing deal"): a line that opens, after a mark of a list, on a date of its own set off by a
colon or a dash. Such an entry tells one event of the story's country, and one that names no
country of its own takes place there, whatever its type."""

from __future__ import annotations

from collections.abc import Sequence

from events.assemble.headings import _LIST_MARKS

_ENTRY_SEPARATORS = (":", "-", "–", "—")  # what sets the date of an entry off from its event
_DATE_OFFSET = 3  # characters after a list's mark and its spaces within which the entry's date starts


def _a_timeline_entry(text: str, start: int, dates: Sequence[tuple[int, int]]) -> bool:
    """Whether the sentence at `start` is an entry of a timeline: its line opens with a mark of a
    list and one of `dates` (the sentence's explicit dates, as start and end), followed by a colon
    or a dash."""
    line_start = text.rfind("\n", 0, start) + 1
    line = text[line_start:]
    if not line.lstrip().startswith(_LIST_MARKS):
        return False
    body = line_start + len(line) - len(line.lstrip().lstrip("".join(_LIST_MARKS)).lstrip())
    return any(
        body <= d_start <= body + _DATE_OFFSET and text[d_end : d_end + 3].lstrip().startswith(_ENTRY_SEPARATORS)
        for d_start, d_end in dates
    )
