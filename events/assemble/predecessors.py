"""A person named after an office change's or an election's word as the one the new holder
replaces or beats ("خلفا لعبد الحميد الدبيبة رئيس حكومة الوحدة الوطنية", "replacing Abdul
Hamid Dbeibah"; "الرئيس المنتهية ولايته برهم صالح", "outgoing President Barham Salih") is the
predecessor: the catalogued taking of office or election his name recalls is an older event,
not the one told. His name, up to the end of its clause, is no word for the catalog
(`predecessor_names` of data/assembly.json)."""

from __future__ import annotations

import re
from functools import lru_cache

from events.assemble.rules import alternation, load_assembly_rules

_BREAK = re.compile(r"[،,;؛:()«»\"]|\.(?:\s|$)")


@lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern[str], frozenset[str], int]:
    rules = load_assembly_rules().get("predecessor_names", {})
    cues = re.compile(
        r"(?<![\w-])[وف]?(?:" + alternation(rules.get("cues", ()), spaced=True) + r")(?=\s|ل)", re.IGNORECASE
    )
    return cues, frozenset(rules.get("types", ())), int(rules.get("reach", 8))


def without_predecessors(told: str, after: int, event_type: str) -> str | None:
    """`told` (an event's sentence) with each predecessor's name after offset `after` (the end
    of the event word) blanked up to its clause's end or `reach` words; None when none is."""
    cues, types, reach = _rules()
    if event_type not in types:
        return None
    spans: list[tuple[int, int]] = []
    for m in cues.finditer(told, after):
        stop = _BREAK.search(told, m.end())
        end = stop.start() if stop is not None else len(told)
        words = list(re.finditer(r"\S+", told[m.end() : end]))
        if len(words) > reach:
            end = m.end() + words[reach - 1].end()
        spans.append((m.start(), end))
    if not spans:
        return None
    for s, e in spans:
        told = told[:s] + " " * (e - s) + told[e:]
    return told
