"""A capital named as the one who asked for a deed ("closed its airspace on Sunday at Baghdad's
request", "at the invitation of Riyadh", "بطلب من بغداد", "بدعوة من الرياض") stands for its
government, which asked: it is no place of the deed (`requesters` of data/assembly.json: the
nouns of asking after a possessive, `after`; the words of asking before the name, `before`)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import PlaceMention
from events.text.gates import gated_compile

_REACH = 24  # characters before the name searched for the words of asking


@lru_cache(maxsize=4)
def load_requesters(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a possessive and a noun of asking right after the name; words of asking ending where the
    name starts)."""
    rules = load_assembly_rules(path).get("requesters", {})
    after = re.compile(r"['’]s\s+(?:" + alternation(rules.get("after", ())) + r")(?![^\W\d_])", re.IGNORECASE)
    before = gated_compile(r"(?<![^\W\d_])(?:" + alternation(rules.get("before", ())) + r")\s+$", re.IGNORECASE)
    return after, before


def without_requesters(text: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """`places` without those named as the ones who asked for the deed."""
    if not places:
        return places
    after, before = load_requesters()
    return [
        p
        for p in places
        if not (after.match(text, p.end) or before.search(text, max(0, p.start - _REACH), p.start))
    ]
