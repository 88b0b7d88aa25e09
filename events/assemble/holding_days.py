"""The day an event was held, told in a relative clause right after its word ("the results of
the election that took place on Sunday", "نتائج الانتخابات البرلمانية التي جرت الأحد"): that
clause is the event's own, and its date dates the event, though a date of the sentence's main
verb (the day the results were announced) stands nearer the word."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from events.assemble.rules import alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import TimeMention


@lru_cache(maxsize=1)
def _holding_clause() -> re.Pattern[str]:
    """Up to three words after the event word, a relative word, a verb of holding or taking
    place, then perhaps a word that leads a date (assembly.json `holding_clauses`)."""
    rules = load_assembly_rules()["holding_clauses"]
    return re.compile(
        rf"(?:\s+[^\s.,;:!?،؛]+){{0,{int(rules['words_between'])}}}?\s+(?:{alternation(rules['relatives'])})"
        rf"\s+(?:{alternation(rules['verbs'], spaced=True)})(?:\s+(?:{alternation(rules['date_leads'])}))?\s+",
        re.IGNORECASE,
    )


def _date_of_its_holding(text: str, cand: _Candidate, dates: Sequence[TimeMention]) -> TimeMention | None:
    """The date that opens a clause of the event's holding right after its word, if any."""
    found = _holding_clause().match(text, cand.trigger[1], cand.sentence[1])
    if found is None:
        return None
    at = found.end()
    return next((d for d in dates if d.start <= at < d.end or d.start == at), None)
