"""The parties of a meeting named by a pair ("the two ministers reviewed ... the situation in
Gaza and Syria"): the countries after a topic marker are what they talked about."""

from __future__ import annotations

from events.assemble.rules import load_pair_anaphors

_PAIR_REACH = 150  # characters before the event word searched for the pair


def _pair_before(text: str, trigger_end: int, marker_start: int) -> bool:
    """Whether a pair anaphor ("the two ministers", "the two sides", "الجانبان") stands in the
    sentence before a topic marker at `marker_start`, from shortly before the event word
    ending at `trigger_end`: the parties are named, though by no country."""
    lo = max(0, trigger_end - _PAIR_REACH)
    cut = max(text.rfind(".", lo, trigger_end), text.rfind("\n", lo, trigger_end))
    return load_pair_anaphors().search(text, max(lo, cut + 1), marker_start) is not None
