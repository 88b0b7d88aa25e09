"""An aside of support set off by commas between a deed's verb and the rest of its clause
(«وتشن القوات الموالية للحكومة، بدعم من التحالف الذي تقوده السعودية، هجوماً على الحديدة منذ
يونيو», "Iraqi forces, backed by U.S. air strikes, launched an offensive on Monday"): the clause
goes on past it, so the time told after it is the deed's (data/assembly.json `support_phrases`
and `support_asides`)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules

_REACH = 100  # characters of an aside: ", بدعم من التحالف الذي تقوده السعودية والإمارات،"
# the end of a sentence or a clause: not the dot of an initial ("U.S. jets", "U.N.-led")
_END = re.compile(r"[;:!?؟؛\n]|(?<![A-Z])\.")


@lru_cache(maxsize=4)
def _opener(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match at a comma for the phrase of support that opens an aside."""
    rules = load_assembly_rules(path)
    words = [*rules.get("support_phrases", ()), *rules.get("support_asides", {}).get("participles", ())]
    return re.compile(r"[,،]\s*[و]?(?:" + (alternation(words) or "(?!)") + r")(?![^\W\d_])", re.IGNORECASE)


# a time inside the aside («بدعم من التحالف منذ 2015»): the aside's own, so no clause of the deed
# goes on past it, lest the time date the deed
_TIMED = re.compile(r"[0-9\u0660-\u0669]|(?<![^\W\d_])(?:منذ|since|أمس|yesterday)(?![^\W\d_])", re.IGNORECASE)


def _closing(text: str, opening: int) -> int | None:
    """Where the comma closing the aside opened at `opening` stands, if it does within reach and
    the aside tells no time of its own."""
    for i in range(opening + 1, min(len(text), opening + _REACH)):
        ch = text[i]
        if ch in ",،":
            return None if _TIMED.search(text, opening, i) else i
        if _END.match(text, i):
            return None
    return None


def _opening_before(text: str, at: int, start: int) -> int | None:
    """The last comma before `at` (no earlier than `start`, within reach, in its sentence), when
    it opens an aside of support."""
    lo = max(start, at - _REACH)
    opening = max(text.rfind(",", lo, at), text.rfind("،", lo, at))
    if opening < 0 or _END.search(text, opening, at) or _opener().match(text, opening) is None:
        return None
    return opening


def in_a_support_aside(text: str, comma: int, start: int) -> bool:
    """Whether the comma at `comma` opens or closes an aside of support (no earlier than `start`)."""
    if _opener().match(text, comma) is not None:
        return _closing(text, comma) is not None
    opening = _opening_before(text, comma, start)
    return opening is not None and _closing(text, opening) == comma


def support_aside_at(text: str, at: int, start: int) -> tuple[int, int] | None:
    """The commas (opening, closing) of the aside of support `at` lies inside (opened no earlier
    than `start`), if any: a relative word there («التحالف الذي تقوده السعودية») ends no clause
    of the deed, and a time there («الذي تشكل في 2015») is the aside's, not the deed's."""
    opening = _opening_before(text, at, start)
    closing = _closing(text, opening) if opening is not None else None
    return (opening, closing) if opening is not None and closing is not None and closing > at else None
