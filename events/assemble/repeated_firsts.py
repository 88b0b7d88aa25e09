"""A relative clause after a first time denied ("وهذه ليست المرة الأولى التي أرسلت فيها تركيا
قوات إلى قطر", "ولم تكن هذه المرة الأولى التي يزور فيها أردوغان قطر") tells a deed done before,
of the kind the article reports, as "It is not the first time Turkey has sent troops to Qatar"
does: a real deed, told in passing, not a description of a thing by what once befell it. The
words of a first time denied are data/modality.json `cues.repeated`, by which the cue reader
already keeps such a deed asserted."""

from __future__ import annotations

import re
from functools import lru_cache

from events.triggers import read_modality

# a relative word right before the verb, with the conjunction perhaps on it
_RELATIVE_END = r"\s+[وف]?(?:التي|الذي|اللتي)\s*$"


@lru_cache(maxsize=1)
def _denied_first_time() -> re.Pattern[str]:
    items = read_modality().get("cues", {}).get("repeated", {}).get("items", [])
    forms = [item if isinstance(item, str) else item.get("p", "") for item in items]
    arabic = [f.replace(" ", r"\s+") for f in forms if not f.isascii()]
    return re.compile(r"(?<!\S)[وف]?(?:" + "|".join(arabic or ["(?!)"]) + r")" + _RELATIVE_END)


def after_a_denied_first_time(text: str, relative_end: int) -> bool:
    """Whether the relative word ending at `relative_end` (its clause's verb right after) follows a
    first time denied, within the 60 characters before it."""
    return _denied_first_time().search(text, max(0, relative_end - 60), relative_end) is not None


@lru_cache(maxsize=1)
def _denied_anywhere() -> re.Pattern[str]:
    return re.compile(_denied_first_time().pattern.removesuffix(_RELATIVE_END))


def a_denied_first_time_in(text: str, start: int, end: int) -> bool:
    """Whether a first time denied stands between `start` and `end` (a sentence up to its event
    word): a comment on a deed done again, not on how rare the deed is."""
    return _denied_anywhere().search(text, start, end) is not None
