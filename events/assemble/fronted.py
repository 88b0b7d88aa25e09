"""A date that opens an English sentence, set off by a comma, a colon or a dash, dates its
main clause ("On January 28, 2024, a drone launched by a militia struck a US base", a
timeline's "July 14, 2015 - Iran and six powers reach a deal"). One that opens an Arabic
sentence, set off by a comma, holds for every clause of the sentence with no date of its own
(وفي 12 يونيو الماضي، أعلن الجيش أن طائراته قصفت مواقع), except a relative clause, which
tells of another time (وفي 2017، زار الرئيس مصر التي شهدت احتجاجات)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.contrasts import _told_in_contrast
from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules, load_fronted_date_openers
from events.assemble.text import _RELATIVE_WORDS, WEAK_TRIGGER, _Candidate
from events.model import Event, TimeMention
from events.text.lazy import LazyPattern

# what sets a fronted date off from its clause
_SET_OFF = LazyPattern(r"\s*(?:,|،|:|\s[-–—]\s)")
# a relative word, and what closes the clause it opens before an event word (a comma, إن/أن)
_AR_RELATIVE = LazyPattern(r"(?<!\S)(?:" + _RELATIVE_WORDS + r")(?!\w)")
_AR_CLAUSE_END = LazyPattern(r"[،,;؛:]|(?<!\S)[وف]?[إأ]ن(?:ه|ها|هم|هما)?(?!\w)")
# the subordinator of a that-clause (إن، أن، أنه)
AR_THAT = LazyPattern(r"(?<!\S)[إأ]ن(?:ه|ها|هم|هما)?(?!\w)")


def _opening_date(text: str, sentence_start: int, trigger_start: int, dates: Sequence[TimeMention]) -> TimeMention | None:
    """The date that opens the sentence starting at `sentence_start` before the event word at
    `trigger_start`, when only an opener ("On", "In", "Early on") or a bullet mark stands before
    it ("In March last year he presented a plan, which Arab leaders adopted at a summit"); else None."""
    if not dates:
        return None
    first = min(dates, key=lambda d: d.start)
    if first.end > trigger_start or first.precision not in ("day", "month", "year"):
        return None
    if load_fronted_date_openers().fullmatch(text, sentence_start, first.start) is None:
        return None
    return _restated_finer(text, first, dates, trigger_start) or first


# the rest of the opening time's phrase (Days after the truce began), a comma, perhaps a
# preposition of time, and a date that restates that time more finely
_RESTATING = LazyPattern(r"(?:\s+[^\s,،.;:]+){0,3}\s*[,،]\s*(?:(?:on|in|في|يوم)\s+)?", re.IGNORECASE)
_FINENESS = {"year": 0, "month": 1, "day": 2}


def _restated_finer(text: str, first: TimeMention, dates: Sequence[TimeMention], trigger_start: int) -> TimeMention | None:
    """A date right after the opening one, set off by commas on both sides, that falls within it
    and is finer: "Days after the truce began, on April 7, Hadi handed his powers ..." (the
    day the vaguer opening time stands for)."""
    after = [d for d in dates if first.end <= d.start and d.end <= trigger_start]
    if not after:
        return None
    finer = min(after, key=lambda d: d.start)
    if _RESTATING.fullmatch(text, first.end, finer.start) is None or _SET_OFF.match(text, finer.end) is None:
        return None
    if first.precision not in _FINENESS or finer.precision not in _FINENESS:
        return None
    if _FINENESS[finer.precision] <= _FINENESS[first.precision] or not finer.value.startswith(first.value):
        return None
    return finer


# a relative clause describing the opening date by what happened on it, up to what sets the
# date off ("وفي اليوم نفسه الذي انتهت فيه المهلة،", "In March, when the talks failed,")
_DESCRIBED = LazyPattern(r"\s*,?\s+(?:الذي|التي|when|on which)(?:\s+[^\s,،.;:]+){1,8}?(?=\s*(?:,|،|:|\s[-–—]\s))")


def _fronted_date(text: str, sentence_start: int, trigger_start: int, dates: Sequence[TimeMention]) -> TimeMention | None:
    """The opening date (`_opening_date`) when a comma, a colon or a dash sets it off, perhaps
    after a relative clause that describes it by what happened on it (the day the deadline ran
    out: the sentence's deed took place that day too); else None."""
    first = _opening_date(text, sentence_start, trigger_start, dates)
    if first is None:
        return None
    end = first.end
    described = _DESCRIBED.match(text, end, trigger_start)
    if described is not None and not any(end <= d.start < described.end() for d in dates if d is not first):
        end = described.end()
    if _SET_OFF.match(text, end) is None:
        return None
    return first


def _date_by_fronted(event: Event, text: str, cand: _Candidate, dates: Sequence[TimeMention], spans: dict) -> None:
    """Date `event` by the date that opens its English sentence, when there is one (an event the
    catalog dated and then turned out not to be the catalogued one)."""
    if event.language != "en" or cand.background:
        return
    fronted = _fronted_date(text, cand.sentence[0], cand.trigger[0], dates)
    if fronted is not None:
        event.date, event.date_precision, event.date_basis = fronted.value, fronted.precision, fronted.basis  # type: ignore[assignment]
        event.end_date = fronted.end_value
        spans["date"] = [fronted.start, fronted.end]


@lru_cache(maxsize=4)
def _prior_deed_opener(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """"after" or "following", then at most three words (a subject, an auxiliary) right before an
    event word (data/assembly.json `fronted_prior_deeds`)."""
    words = load_assembly_rules(path).get("fronted_prior_deeds", {}).get("en", ())
    return re.compile(r"(?<!\S)(?:" + alternation(words) + r")(?:\s+[^\s,.;:]+){0,3}\s+$", re.IGNORECASE)


def fronted_for_prior_deed(text: str, cand: _Candidate, dates: Sequence[TimeMention]) -> TimeMention | None:
    """The month or year that opens the sentence, set off by a comma, for an English circumstance
    told by a clause of what happened just before the main one ("In October, authorities removed
    the mayor after he was arrested"); None for a day (the deed before it may be of another day)."""
    first = _fronted_date(text, cand.sentence[0], cand.trigger[0], dates)
    if first is None or first.precision not in ("month", "year"):
        return None
    return first if _prior_deed_opener().search(text, max(cand.sentence[0], cand.trigger[0] - 60), cand.trigger[0]) else None


def _in_arabic_relative(text: str, lo: int, trigger_start: int) -> bool:
    """Whether the event word at `trigger_start` stands in a relative clause opened after `lo`."""
    opened = None
    for m in _AR_RELATIVE.finditer(text, lo, trigger_start):
        opened = m
    return opened is not None and _AR_CLAUSE_END.search(text, opened.end(), trigger_start) is None


def arabic_fronted_date(text: str, cand: _Candidate, dates: Sequence[TimeMention]) -> TimeMention | None:
    """The date that opens the Arabic sentence of `cand`, set off by a comma (وفي عام 2017،
    وخلال الشهر الماضي،), or not for a deed in the past of a clause of contrast (بينما، فيما), for
    an event word of a later clause with no date of its own: None when
    another date stands between them (that clause's time) or the event word is in a relative clause."""
    if cand.weight < WEAK_TRIGGER:
        return None  # a bare word of killing or wounding across the clauses tells a toll, no deed of that time
    first = _fronted_date(text, cand.sentence[0], cand.trigger[0], dates)
    if first is None and cand.tense == "past" and _told_in_contrast(text, cand):
        # "وفي مايو 2021 نشرت مدريد وحدات من الجيش، بينما استدعت الرباط سفيرتها": the time opening the
        # sentence, no comma after it, is that of the deed told beside the first one too
        first = _opening_date(text, cand.sentence[0], cand.trigger[0], dates)
    if first is not None and cand.tense != "past" and AR_THAT.search(text, first.end, cand.trigger[0]):
        return None  # a noun of a that-clause may be what is sought or welcomed, no deed done
    if first is None or any(first.end <= d.start < cand.trigger[0] for d in dates if d is not first):
        return None
    return None if _in_arabic_relative(text, first.end, cand.trigger[0]) else first
