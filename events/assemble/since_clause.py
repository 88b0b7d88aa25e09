"""A state in force since a clause that ends in its time ("Israel and Egypt have maintained a
blockade on Gaza since Hamas seized control of the territory in 2007", "... in June 2007", "Russia's
navy has blockaded Ukraine's ports since Moscow invaded its neighbour on February 24", «تفرض
إسرائيل حصارا على غزة منذ أن سيطرت حماس على القطاع في يونيو 2007»): the state began then, at the
precision the clause gives, not on the day of the publication."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules, load_since_comparisons
from events.model import Event, ReferenceMention
from events.temporal import TimeMention
from events.text.normalize import fold_str

_WORDS_TO_SINCE = 6  # words between the event word and "since" ("blockade on the Gaza Strip since")
_WORDS_IN_CLAUSE = 10  # words of the clause between "since" and "in" before the year


@lru_cache(maxsize=4)
def load_since_clause(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], re.Pattern[str]]:
    """The event types that tell a state (data/assembly.json `since_clause.types`), and a match,
    from the end of the event word, of a few words, the word opening the clause (`since`), a
    clause of a few words with no punctuation, and the word before its time (`in`), ending
    where the matched text ends."""
    rules = load_assembly_rules(path).get("since_clause", {})
    words = r"(?:[^\s,;:.!?()]+\s+)"
    clause = re.compile(
        r"[^\s,;:.!?()]*\s+" + words + "{0," + str(_WORDS_TO_SINCE) + r"}(?:"
        + alternation(rules.get("since", ()), spaced=True) + r")\s+" + words + "{1," + str(_WORDS_IN_CLAUSE)
        + r"}(?:" + alternation(rules.get("in", ()), spaced=True) + r")\s+",
        re.IGNORECASE,
    )
    return frozenset(rules.get("types", ())), clause


@lru_cache(maxsize=4)
def load_since_deed_year(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match, from the end of the event word, of a few words, the word opening the clause
    (`since`) and a determiner (`deed_years`) right before a year, ending where the matched text
    ends: "sanctions since its 1990 invasion of Kuwait"."""
    rules = load_assembly_rules(path).get("since_clause", {})
    words = r"(?:[^\s,;:.!?()]+\s+)"
    return re.compile(
        r"[^\s,;:.!?()]*\s+" + words + "{0," + str(_WORDS_TO_SINCE) + r"}(?:"
        + alternation(rules.get("since", ()), spaced=True) + r")\s+(?:"
        + alternation(rules.get("deed_years", ()), spaced=True) + r")\s+",
        re.IGNORECASE,
    )


_NOUN_AFTER = re.compile(r"\s+(?:[A-Z][\w.-]*\s+)?[a-z][\w-]*")


def _compared(text: str, start: int, year: int) -> bool:
    """Whether a superlative or `first` stands among the few words before the event word or
    between it and "since" ("the toughest sanctions since the war began in 2011"): a comparison."""
    before_since = re.split(r"(?i)\bsince\b", text[start:year])[0]
    words = text[max(0, start - 40) : start].split()[-4:] + before_since.split()
    comparisons = load_since_comparisons()
    return any(fold_str(w).lower().strip(",.") in comparisons for w in words)


def date_by_since_clause(
    event: Event,
    text: str,
    trigger: tuple[int, int],
    dates: Sequence[TimeMention],
    spans: dict,
    references: Sequence[ReferenceMention] = (),
) -> None:
    """Date a publication-dated state by the time (a year, a month or a day) closing the "since"
    clause after its word, or by the year of a deed named right after "since its" ("since its 1990
    invasion of Kuwait"). A year closing a clause that names a catalogued event of that year
    ("since the army ousted Mursi in 2013") leaves the state to the catalog's finer date."""
    types, clause = load_since_clause()
    start, end = trigger
    if event.date_basis != "publication" or event.event_type not in types:
        return
    for d in dates:
        if d.start < end or d.recurring or d.value is None:
            continue
        # "since its 1990 invasion of Kuwait": a year that names a deed's noun after it
        deed_year = d.precision == "year" and load_since_deed_year().fullmatch(text, end, d.start) and _NOUN_AFTER.match(text, d.end)
        if (clause.fullmatch(text, end, d.start) or deed_year) and not _compared(text, start, d.start):
            if d.precision == "year" and any(
                end <= r.start and r.end <= d.end and (r.date or "").startswith(d.value[:4]) for r in references
            ):
                return  # the catalogued deed of the clause dates the state finer
            event.date, event.date_precision, event.date_basis = d.value, d.precision, d.basis  # type: ignore[assignment]
            spans["date"] = [d.start, d.end]
            return
