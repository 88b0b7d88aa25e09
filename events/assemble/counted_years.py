"""A deed told as so many years or months after or before the time its sentence names right
before the count ("won the election in June 2012, a year after the uprising that toppled the
ruler"; "في يونيو 2012، بعد عام من الثورة التي أطاحت بمبارك"; "in September, a month after Algiers
broke off relations"): the time named is the main clause's, so the deed took place that many
years (months) before (or after) it, dated to the year (the month), not by the main clause's
time (data/assembly.json `counted_years`). The count may also open a clause after the main
clause's own words ("agreed on Wednesday to a truce, two years after war broke out"): the time
is then the last one the sentence names before it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from events.assemble.dating import compared_since
from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import Event, TimeMention
from events.text.gates import gated_compile
from events.text.lazy import LazyPattern

# a word of about, more or less before an English count ("less than a month after", "nearly two
# years after"); the Arabic one stands after بعد ("بعد أكثر من عام على")
_EN_ABOUT = r"(?:(?:less|more|fewer)\s+than|nearly|almost|about|around|roughly|just|only|some|barely|over)\s+"
_AR_ABOUT = r"(?:(?:أكثر|أقل|اكثر|اقل)\s+من|نحو|قرابة|حوالي|زهاء)\s+"

# between the time named and the count: a comma, perhaps, and spaces
_JOINED = LazyPattern(r"\s*[,،]?\s*(?:" + _EN_ABOUT + r")?")

# right before a count that opens a clause of its own after the main clause's words: a comma
_OPENS_CLAUSE = LazyPattern(r"[,،]\s*(?:" + _EN_ABOUT + r")?\Z", re.IGNORECASE)

# characters before the event word the count may stand: "a year after the uprising that toppled"
_REACH = 90


@lru_cache(maxsize=4)
def load_counted_years(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], dict[str, int]]:
    """A search, ending right before an event word, for a count of years or months and a word of
    after or before (`counted_years`: a year after, two months before, بعد عام من، بعد شهرين من), at
    most `words` words before the event word; and the years (months) each count word counts. The
    group `months` (`ar_months`) is set for a count of months."""
    rules = load_assembly_rules(path).get("counted_years", {})
    counts = {k: int(v) for k, v in {**rules.get("en_counts", {}), **rules.get("ar_counts", {}), **rules.get("ar_months", {})}.items()}
    words = int(rules.get("words", 6))
    en = alternation(rules.get("en_counts", {}))
    ar = alternation(rules.get("ar_counts", {}), spaced=True)
    ar_months = alternation(rules.get("ar_months", {}), spaced=True)
    pattern = gated_compile(
        r"(?<!\S)(?:(?P<en>" + en + r"|\d{1,2})\s+(?:years?|(?P<months>months?))\s+(?P<en_dir>after|following|before)"
        r"|[وف]?(?P<ar_dir>بعد|قبل)\s+(?:" + _AR_ABOUT + r")?(?:(?P<ar>" + ar + r"|\d{1,2}\s+(?:سنوات|أعوام|اعوام))"
        r"|(?P<ar_months>" + ar_months + r"|\d{1,2}\s+(?:أشهر|اشهر|شهور)))\s+(?:من|على))"
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


# what may stand between a clause's start and a count that opens it: a word of about, more or less
_CLAUSE_OPENING = LazyPattern(r"\s*(?:and\s+|[وف]\s*)?(?:" + _EN_ABOUT + r")?", re.IGNORECASE)


def opens_a_clause(text: str, told_end: int, count_start: int) -> bool:
    """Whether a count at `count_start` opens a clause after a comma, past the words of the main
    clause after a time that ends at `told_end` ("on Wednesday to a truce, two years after")."""
    return _OPENS_CLAUSE.search(text, told_end, count_start) is not None


def opens_the_clause(text: str, clause_start: int, count_start: int) -> bool:
    """Whether a count found at `count_start` is the first thing of the clause at `clause_start`."""
    return _CLAUSE_OPENING.fullmatch(text, clause_start, count_start) is not None


class _Count(NamedTuple):
    """A count of time from a time its sentence names: that time, the years (months) to add to
    it, whether they are months, and where the count ends."""

    when: TimeMention
    shift: int
    months: bool
    end: int


def _counted_from(text: str, cand: _Candidate, dates: Sequence[TimeMention]) -> _Count | None:
    """The count of "a year after" (or "two months after") before the event word of `cand`, from
    the time named right before it in its sentence, or, when the count opens a clause after a
    comma, from the last time the sentence names before it."""
    pattern, counts = load_counted_years()
    m = pattern.search(text, max(cand.sentence[0], cand.trigger[0] - _REACH), cand.trigger[0])
    if m is None:
        return None
    months = bool(m.group("months") or m.group("ar_months"))
    word = re.sub(r"\s+", " ", (m.group("en") or m.group("ar") or m.group("ar_months") or "").lower())
    number = re.match(r"\d+", word)
    count = int(number.group()) if number else counts.get(word)
    if not count:
        return None
    # not a time compared with ("أول رئيس حكومة يطيح به الشارع منذ عام 2003، بعد شهرين من احتجاجات")
    usable = [
        d
        for d in dates
        if not d.recurring
        and d.value[:4].isdigit()
        and d.start >= cand.sentence[0]
        and d.end <= m.start()
        and not compared_since(text, d)
    ]
    when = next((d for d in usable if _JOINED.fullmatch(text, d.end, m.start()) is not None), None)
    if when is None and usable and opens_a_clause(text, usable[-1].end, m.start()):
        when = usable[-1]  # "agreed on Wednesday to a truce, two years after war broke out"
    if when is None or (months and len(when.value) < 7):
        return None
    before = (m.group("en_dir") or "").lower() == "before" or m.group("ar_dir") == "قبل"
    return _Count(when, count if before else -count, months, m.end())


def counted_in_years(text: str, cand: _Candidate, dates: Sequence[TimeMention]) -> bool:
    """Whether the deed is told as so many years after or before a time its sentence names right
    before the count: a deed of its own year, not a presupposed one the time is another's."""
    return _counted_from(text, cand, dates) is not None


def date_counted_in_years(event: Event, text: str, cand: _Candidate, dates: Sequence[TimeMention], spans: dict) -> None:
    """Date a deed told after "a year after" (or "two years before", "a month after") by the time
    named before that count in its sentence, less (or plus) the years (months) counted; the
    deed's date is replaced when it is that time's own, or the publication's."""
    found = _counted_from(text, cand, dates)
    if found is None:
        return
    when = found.when
    if event.date_basis != "publication" and not (event.date or "").startswith(when.value):
        return
    if found.months:
        months = int(when.value[:4]) * 12 + int(when.value[5:7]) - 1 + found.shift
        value, precision = f"{months // 12:04d}-{months % 12 + 1:02d}", "month"
    else:
        value, precision = str(int(when.value[:4]) + found.shift), "year"
    if event.published and value > event.published[: len(value)]:
        return
    event.date, event.date_precision, event.date_basis = value, precision, when.basis  # type: ignore[assignment]
    event.end_date = None
    spans["date"] = [when.start, found.end]
