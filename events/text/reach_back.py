"""The backward scan shared by cues that govern every event word after them up to a reach:
walk from the event word's token back to the sentence's first, counting words, and stop at the
first opener (its token) or the first break (None)."""

from __future__ import annotations

from collections.abc import Callable


def opener_before(
    words: list[str],
    head: int,
    lo: int,
    reach: int,
    breaks: Callable[[int], bool],
    opens: Callable[[int], bool],
) -> int | None:
    """The token of the nearest opener before token `head` within `reach` words (tokens from `lo`
    on); None when a break stands between, or no opener is in reach."""
    if not reach:
        return None
    count = 0
    i = head - 1
    while i >= lo and count <= reach:
        if breaks(i):
            return None
        if opens(i):
            return i
        if words[i][0].isalnum():
            count += 1
        i -= 1
    return None
