"""A deed named as another of its kind ("another Egyptian-mediated ceasefire", «هدنة أخرى»),
in a clause that names no side: it is between the sides of the last deed of its type told
before, as a definite noun told again is ("واندلعت المواجهات ..."). The words of another are
data (data/assembly.json `another_deeds`: `en_before` before the noun, with at most two words
between; `ar_after` right after it)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.text.normalize import fold_str

_EN_BETWEEN = 2  # words between "another" and the noun ("another Egyptian-mediated ceasefire")
_REACH = 60  # characters read before the English noun


@lru_cache(maxsize=4)
def _patterns(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The search before an English noun and the match after an Arabic one."""
    rules = load_assembly_rules(path).get("another_deeds", {})
    en = re.compile(
        r"(?<![\w'’-])(?:" + alternation(rules.get("en_before", ()), spaced=True) + r")\s+(?:[\w'’-]+\s+){0,"
        + str(_EN_BETWEEN)
        + r"}$",
        re.IGNORECASE,
    )
    ar = re.compile(r"\s+(?:" + alternation([fold_str(w) for w in rules.get("ar_after", ())]) + r")(?![^\W\d_])")
    return en, ar


def named_as_another(text: str, trigger: tuple[int, int]) -> bool:
    """Whether the event word at `trigger` is named as another of its kind (see the module)."""
    en, ar = _patterns()
    start, end = trigger
    if en.search(text, max(0, start - _REACH), start) is not None:
        return True
    return ar.match(fold_str(text[end : end + 20])) is not None
