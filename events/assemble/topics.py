"""The parties of a meeting named by a pair ("the two ministers reviewed ... the situation in
Gaza and Syria"): the countries after a topic marker are what they talked about."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules, load_pair_anaphors

_PAIR_REACH = 150  # characters before the event word searched for the pair


def _pair_before(text: str, trigger_end: int, marker_start: int) -> bool:
    """Whether a pair anaphor ("the two ministers", "the two sides", "الجانبان") stands in the
    sentence before a topic marker at `marker_start`, from shortly before the event word
    ending at `trigger_end`: the parties are named, though by no country."""
    lo = max(0, trigger_end - _PAIR_REACH)
    cut = max(text.rfind(".", lo, trigger_end), text.rfind("\n", lo, trigger_end))
    return load_pair_anaphors().search(text, max(lo, cut + 1), marker_start) is not None


@lru_cache(maxsize=4)
def load_slogan_markers(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for the words after which a protest's slogans are quoted (data/assembly.json
    `slogan_markers`: placards reading, banners that read)."""
    words = sorted(set(load_assembly_rules(path).get("slogan_markers", ())), key=len, reverse=True)
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"
    return re.compile(r"(?<!\w)(?:" + alternatives + r")", re.IGNORECASE)


def _slogan_start(text: str, trigger_end: int, end: int) -> int:
    """Where the quoted slogans of a protest open after its event word (`end` if none do)."""
    marker = load_slogan_markers().search(text, trigger_end, end)
    return end if marker is None else marker.start()
