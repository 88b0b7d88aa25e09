"""A deed told as so many years after or before the time its sentence names right before the
count ("won the election in June 2012, a year after the uprising that toppled the ruler"; "في
يونيو 2012، بعد عام من الثورة التي أطاحت بمبارك"): the time named is the main clause's, so the deed
took place that many years before (or after) its year, dated to the year, not by the main
clause's time (data/assembly.json `counted_years`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import Event, TimeMention
from events.text.gates import gated_compile
from events.text.lazy import LazyPattern

# between the time named and the count: a comma, perhaps, and spaces
_JOINED = LazyPattern(r"\s*[,،]?\s*")

# characters before the event word the count may stand: "a year after the uprising that toppled"
_REACH = 90


@lru_cache(maxsize=4)
def load_counted_years(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], dict[str, int]]:
    """A search, ending right before an event word, for a count of years and a word of after or
    before (`counted_years`: a year after, two years before, بعد عام من), at most `words` words
    before the event word; and the years each count word counts."""
    rules = load_assembly_rules(path).get("counted_years", {})
    counts = {k: int(v) for k, v in {**rules.get("en_counts", {}), **rules.get("ar_counts", {})}.items()}
    words = int(rules.get("words", 6))
    en = alternation(rules.get("en_counts", {}))
    ar = alternation(rules.get("ar_counts", {}), spaced=True)
    pattern = gated_compile(
        r"(?<!\S)(?:(?P<en>" + en + r"|\d{1,2})\s+years?\s+(?P<en_dir>after|following|before)"
        r"|[وف]?(?P<ar_dir>بعد|قبل)\s+(?P<ar>" + ar + r"|\d{1,2}\s+(?:سنوات|أعوام|اعوام))\s+(?:من|على))"
        r"(?:\s+[^\s,،.;:؛]+){0," + str(words) + r"}\s+\Z",
        re.IGNORECASE,
    )
    return pattern, counts


@lru_cache(maxsize=4)
def load_counted_later(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match, at most five words after an event word, of a count of years and a word of later or
    earlier that closes its clause (`counted_years.en_later`, `ar_later`: reached two years later,
    بعد ذلك بعامين)."""
    rules = load_assembly_rules(path).get("counted_years", {})
    en = alternation(rules.get("en_counts", {}))
    ar = alternation(rules.get("ar_counts", {}), spaced=True)
    return re.compile(
        r"\s+(?:[^\W\d_]+\s+){0,5}?(?:(?P<en>"
        + en
        + r"|\d{1,2})\s+years?\s+(?:(?P<en_later>"
        + alternation(rules.get("en_later", ()))
        + r")|(?P<en_earlier>"
        + alternation(rules.get("en_earlier", ()))
        + r"))|(?:(?P<ar_later>"
        + alternation(rules.get("ar_later", ()), spaced=True)
        + r")|(?P<ar_earlier>"
        + alternation(rules.get("ar_earlier", ()), spaced=True)
        + r"))\s+ب(?P<ar>"
        + ar
        + r"|\d{1,2}\s+(?:سنوات|أعوام|اعوام)))(?=\s*(?:[.,;:!?،؛)\"”]|\Z|and\s|و))",
        re.IGNORECASE,
    )


def years_counted_later(text: str, start: int, end: int) -> tuple[re.Match[str], int] | None:
    """The match of `load_counted_later` at `start` (right after an event word), within `end`, and
    the years it adds to the year told before (less for a count of years earlier)."""
    m = load_counted_later().match(text, start, end)
    if m is None:
        return None
    counts = {k: int(v) for k, v in {**_rules().get("en_counts", {}), **_rules().get("ar_counts", {})}.items()}
    word = re.sub(r"\s+", " ", (m.group("en") or m.group("ar") or "").lower())
    years = int(word) if word.isdigit() else counts.get(word)
    if not years:
        return None
    return m, -years if (m.group("en_earlier") or m.group("ar_earlier")) else years


def _rules() -> dict:
    return load_assembly_rules().get("counted_years", {})


def _counted_from(text: str, cand: _Candidate, dates: Sequence[TimeMention]) -> tuple[TimeMention, int, int] | None:
    """(the time named right before "a year after" in the sentence of `cand`, the years to add to
    its year, where the count ends)."""
    pattern, counts = load_counted_years()
    m = pattern.search(text, max(cand.sentence[0], cand.trigger[0] - _REACH), cand.trigger[0])
    if m is None:
        return None
    word = re.sub(r"\s+", " ", (m.group("en") or m.group("ar") or "").lower())
    number = re.match(r"\d+", word)
    years = int(number.group()) if number else counts.get(word)
    if not years:
        return None
    when = next(
        (
            d
            for d in dates
            if not d.recurring
            and d.value[:4].isdigit()
            and d.start >= cand.sentence[0]
            and _JOINED.fullmatch(text, d.end, m.start()) is not None
        ),
        None,
    )
    if when is None:
        return None
    before = (m.group("en_dir") or "").lower() == "before" or m.group("ar_dir") == "قبل"
    return when, years if before else -years, m.end()


def counted_in_years(text: str, cand: _Candidate, dates: Sequence[TimeMention]) -> bool:
    """Whether the deed is told as so many years after or before a time its sentence names right
    before the count: a deed of its own year, not a presupposed one the time is another's."""
    return _counted_from(text, cand, dates) is not None


def date_counted_in_years(event: Event, text: str, cand: _Candidate, dates: Sequence[TimeMention], spans: dict) -> None:
    """Date a deed told after "a year after" (or "two years before") by the year of the time named
    right before that count in its sentence, less (or plus) the years counted; the deed's date is
    replaced when it is that time's own, or the publication's."""
    found = _counted_from(text, cand, dates)
    if found is None:
        return
    when, shift, count_end = found
    if event.date_basis != "publication" and not (event.date or "").startswith(when.value):
        return
    year = int(when.value[:4]) + shift
    if event.published and str(year) > event.published[:4]:
        return
    event.date, event.date_precision, event.date_basis = str(year), "year", when.basis  # type: ignore[assignment]
    event.end_date = None
    spans["date"] = [when.start, count_end]
