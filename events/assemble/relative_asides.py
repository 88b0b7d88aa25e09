"""An English event word told inside a relative clause set off by a comma, which describes a
person or a thing by a deed of its own ("Mr Erdogan, who became prime minister in 2003, has
mended relations with Riyadh"; "when soldiers detained President Keita, who resigned hours
later"), leaves the deed of the clause outside it standing: a verb in the past there is the
sentence's own event, told beside the described one, not a circumstance it absorbs
(data/assembly.json `relative_asides.openers`)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate

_TO_BEFORE = re.compile(r"\bto\s+$")


@lru_cache(maxsize=4)
def load_relative_opener(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match, at a comma, of the comma and a relative word that opens a describing clause."""
    words = load_assembly_rules(path).get("relative_asides", {}).get("openers", ())
    return re.compile(r",\s*(?:" + alternation(words) + r")\s", re.IGNORECASE)


def _relative_aside(text: str, sentence: tuple[int, int], at: int) -> tuple[int, int] | None:
    """(start, end) of the relative clause of the English sentence that holds the offset `at`:
    from its opening comma to the next comma or the sentence's end."""
    opener = load_relative_opener()
    start = text.rfind(",", sentence[0], at)
    while start >= 0:
        if opener.match(text, start) is not None:
            close = text.find(",", start + 1, sentence[1])
            end = close if close >= 0 else sentence[1]
            return (start, end) if at < end else None
        start = text.rfind(",", sentence[0], start)
    return None


def told_beside_an_aside(text: str, cand: _Candidate, best: _Candidate) -> bool:
    """Whether the English candidate is a verb in the past outside the relative clause that
    holds the sentence's chosen event word `best`, or a bare verb after `to` there ("The Arab
    League, which suspended Syria's membership in November 2011, voted to readmit Damascus")."""
    start = cand.trigger[0]
    if not text[start : start + 1].isascii() or cand.circumstance:
        return False
    if cand.tense != "past" and not (cand.tense == "base" and _TO_BEFORE.search(text, max(0, start - 4), start)):
        return False
    aside = _relative_aside(text, best.sentence, best.trigger[0])
    return aside is not None and not aside[0] <= start < aside[1]
