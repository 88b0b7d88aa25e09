"""A state told in the English perfect with how many years it has lasted ("Israel has besieged
Gaza for twelve years", "The coalition has bombed Yemen for four years"): it began that many
years before the publication, in the year counted back from it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from events.assemble.habitual import _told_in_the_present
from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import Event

_REACH = 80  # characters after the event word in which the count may stand


@dataclass(frozen=True)
class _LastingYears:
    types: frozenset[str]
    numbers: dict[str, int]
    count: re.Pattern[str]


@lru_cache(maxsize=4)
def load_lasting_years(path: Path = ASSEMBLY_RULES) -> _LastingYears:
    """The types of a state, the English number words with their values, and a search for
    `for`, an exact count (digits or a number word, no quantifier before it) and a unit of
    years, with no punctuation before it after the event word (data/assembly.json
    `lasting_years`)."""
    rules = load_assembly_rules(path).get("lasting_years", {})
    numbers = {w.lower(): int(n) for w, n in rules.get("numbers", {}).items()}
    count = re.compile(
        r"^[^,;:.!?()]*?(?<!\w)(?:"
        + alternation(rules.get("for", ()), spaced=True)
        + r")\s+(\d{1,2}|"
        + alternation(numbers)
        + r")\s+(?:"
        + alternation(rules.get("units", ()), spaced=True)
        + r")(?!\w)",
        re.IGNORECASE,
    )
    return _LastingYears(frozenset(rules.get("types", ())), numbers, count)


def years_lasted(text: str, cand: _Candidate) -> re.Match[str] | None:
    """The count of years an English state told in the perfect has lasted, after its word in
    its clause ("has besieged Gaza for twelve years"), or None."""
    rules = load_lasting_years()
    start, end = cand.trigger
    if cand.event_type not in rules.types or not text[start : start + 1].isascii():
        return None
    if not _told_in_the_present(text, cand, True):
        return None
    found = rules.count.search(text[end : min(cand.sentence[1], end + _REACH)])
    return found


def date_by_years_lasted(event: Event, text: str, cand: _Candidate, spans: dict) -> None:
    """Date a publication-dated state told as lasting a count of years by the year that many
    years before the publication."""
    if event.date_basis != "publication" or not event.published:
        return
    found = years_lasted(text, cand)
    if found is None:
        return
    word = found.group(1).lower()
    years = int(word) if word.isdigit() else load_lasting_years().numbers.get(word)
    if not years:
        return
    event.date, event.date_precision, event.date_basis = str(int(event.published[:4]) - years), "year", "relative"
    event.end_date = None
    spans["date"] = [cand.trigger[1] + found.start(1), cand.trigger[1] + found.end()]
