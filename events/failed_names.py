"""A catalogued seizure of power named as failed names no catalogued event.

The catalog's aliases of a coup that succeeded ("coup in Niger", «الانقلاب في النيجر») are
also the words of one that failed when a word of failure stands right before or after them
("the failed 2023 coup in Niger", "a coup in Niger attempt", «محاولة الانقلاب في النيجر»):
an attempt is no change of office, and the catalogued coup is not the one told. The words
and the types they apply to are `failed_cues` in data/reference_events.json.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from events.text.normalize import fold_str

_CATALOG = Path(__file__).resolve().parent / "data" / "reference_events.json"
_REACH = 3  # words before or after the name within which a cue counts


@lru_cache(maxsize=1)
def _cues(path: Path = _CATALOG) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    rule = json.loads(path.read_text(encoding="utf-8")).get("failed_cues", {})
    return (
        frozenset(rule.get("types", ())),
        frozenset(fold_str(w).lower() for w in rule.get("before", ())),
        frozenset(fold_str(w).lower() for w in rule.get("after", ())),
    )


_WORD = re.compile(r"[\w'-]+")


def failed_mention(text: str, start: int, end: int, event_type: str) -> bool:
    """Whether the name at [start, end) of `text`, of an entry of `event_type`, is told as a
    failed or attempted deed by a cue word right before it (past an article or a year) or
    right after it."""
    types, before_cues, after_cues = _cues()
    if event_type not in types:
        return False
    before = [fold_str(w).lower() for w in _WORD.findall(text[max(0, start - 60) : start])][-_REACH:]
    after = [fold_str(w).lower() for w in _WORD.findall(text[end : end + 40])][:1]
    return any(w in before_cues for w in before) or any(w in after_cues for w in after)
