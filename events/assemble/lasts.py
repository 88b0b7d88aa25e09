""""آخر" before a noun of place or time ("آخر معقل للمعارضة", "آخر مرة"): the last of them, not
"another" event of the type of the word before it ("قصف آخر معقل" shelled the last stronghold).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.text.normalize import fold_str


@lru_cache(maxsize=4)
def load_last_heads(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match, over folded text, for a noun `آخر` reads as "the last" before (data/assembly.json
    `last_heads`), with the article or not, as a whole word."""
    words = {fold_str(w) for w in load_assembly_rules(path).get("last_heads", ())}
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"
    return re.compile(r"\s+(?:ال)?(?:" + alternatives + r")(?![^\W\d_])")


def _the_last_of(text: str, end: int) -> bool:
    """Whether the "آخر" ending at `end` opens "the last" of a noun of place or time after it."""
    return load_last_heads().match(fold_str(text[end : end + 20])) is not None
