"""Lines of a page that are no sentences of the story: the headline of a linked report ("إسقاط
مروحية عسكرية تركية بشمال سوريا") or a subheading, set between its paragraphs.
"""

from __future__ import annotations

from collections.abc import Sequence

HEADING_WORDS = 14  # the most words of a line read as a heading
_LIST_MARKS = ("-", "–", "—", "•", "*", "·", "▪")  # an item of a list ("- Oct. 7, 2023: Hamas attacks Israel")
_SENTENCE_END = (".", "!", "?", "؟", "…", '"', "»", "”", ")", "'")


def _heading_line(text: str, start: int, end: int, date_starts: Sequence[int] = ()) -> bool:
    """Whether the sentence at `start`-`end` is a whole line of its own, after the first, of at
    most `HEADING_WORDS` words and with no mark that ends a sentence: the headline of another
    report linked from the page, or a subheading, which tells no event of the story (the body
    tells its own). An item of a list, or a line that opens on a date of its own (`date_starts`:
    where the sentence's explicit dates start; the entries of a timeline, "5 June 2017: Saudi
    Arabia cuts ties with Qatar"), is no heading."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0:
        return False  # the first line: the story's lead
    line_end = text.find("\n", end)
    raw = text[line_start : len(text) if line_end < 0 else line_end]
    line = raw.strip()
    # the tests of the line alone come first: most sentences fail them, and the rest read
    # the text before the line
    if not line or line.endswith(_SENTENCE_END) or line.startswith(_LIST_MARKS):
        return False
    words = line.split()
    if len(words) > HEADING_WORDS or any(mark in words[-1] for mark in _SENTENCE_END[:4]):
        return False  # (a sentence whose full stop has a stray figure after it: "مؤقت.45425532")
    opening = line_start + len(raw) - len(raw.lstrip())
    if any(opening <= d <= opening + 1 for d in date_starts):
        return False
    if text[:line_start].isspace():
        return False  # only blank lines before it: the story's lead
    return text[start:end].strip() in line
