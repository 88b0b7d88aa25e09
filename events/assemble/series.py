"""An event word told as one more of a series the article tells ("a previous week-long truce in
November 2023", "an earlier round of talks", "هدنة سابقة"): with no country in its own
sentence, it is between the countries of the last event of its type told before."""

from __future__ import annotations

import re
from functools import lru_cache

from events.assemble.rules import alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import Event


@lru_cache(maxsize=1)
def _series_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """English words before the event word, Arabic ones after it (assembly.json `series_words`)."""
    rules = load_assembly_rules()["series_words"]
    before = re.compile(rf"(?<!\w)(?:{alternation(rules['en'])})\s+(?:[\w'’-]+\s+){{0,2}}$", re.IGNORECASE)
    after = re.compile(rf"\s+(?:[\w]+\s+)?[وف]?(?:{alternation(rules['ar'])})(?!\w)")
    return before, after


def one_of_a_series(text: str, cand: _Candidate) -> bool:
    """Whether the event word is told as one more of its kind ("a previous truce")."""
    before, after = _series_patterns()
    start, end = cand.trigger
    return (
        before.search(text, max(cand.sentence[0], start - 40), start) is not None
        or after.match(text, end, min(cand.sentence[1], end + 30)) is not None
    )


def series_countries(text: str, cand: _Candidate, events: list[Event]) -> list[str] | None:
    """The countries of the last event of the candidate's type told before, when the candidate
    is told as one more of a series; else None."""
    if not one_of_a_series(text, cand):
        return None
    return next((list(ev.countries) for ev in reversed(events) if ev.event_type == cand.event_type and ev.countries), None)
