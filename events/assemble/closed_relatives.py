"""A date inside a relative clause that a comma closes before the event word ("أن مذكرة التفاهم
التي وقعتها إثيوبيا أمس باطلة، واستدعت سفيرها"; "the deal that it signed on Monday was void,
and it recalled its envoy") dates the noun that clause describes, not the event word after
it: the event told in a clause of its own after the comma never takes it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from events.model import TimeMention
from events.text.lazy import LazyPattern

_RELATIVE = LazyPattern(r"(?<!\S)(?:[وف]?(?:الذي|التي|الذين|اللذين|اللتين|اللواتي)|which|that)(?!\w)", re.IGNORECASE)
_BREAK = LazyPattern("[،,;؛:()]")


def _in_closed_relative(text: str, d: TimeMention, sentence_start: int, trigger_start: int) -> bool:
    """Whether `d`, before the event word, stands in a relative clause closed before it."""
    if d.end > trigger_start:
        return False
    opened = None
    for m in _RELATIVE.finditer(text, sentence_start, d.start):
        opened = m
    if opened is None or _BREAK.search(text, opened.end(), d.start) is not None:
        return False
    return _BREAK.search(text, d.end, trigger_start) is not None


def outside_closed_relatives(
    text: str, dates: Sequence[TimeMention], sentence_start: int, trigger_start: int
) -> list[TimeMention]:
    """`dates` less those in a relative clause closed before the event word."""
    return [d for d in dates if not _in_closed_relative(text, d, sentence_start, trigger_start)]
