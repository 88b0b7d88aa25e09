"""An event word named with its year and followed by a relative clause of its beginning ("the
2011 uprisings, which began when a street vendor set himself on fire in December 2010", "احتجاجات
2011، التي اندلعت في ديسمبر 2010"): the clause tells when the event itself began, a time finer
than, or before, the year it is known by; the event is dated by that time. A relative clause of
its lasting since a time tells the same ("a ceasefire that had held since 1991", «الهدنة التي
صمدت منذ عام 1991»: reached in 1991)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.running_days import onset_clause_of_the_going_on
from events.assemble.text import _Candidate
from events.model import Event, TimeMention
from events.reference import PRECISION_BY_LENGTH

# the clause ends at these marks: a time after them is another clause's
_CLAUSE_END = re.compile(r"[,;:.!?،؛\n()]")


@lru_cache(maxsize=4)
def load_begun_relatives(path: Path = ASSEMBLY_RULES) -> dict[str, re.Pattern[str]]:
    """Per language, a match right after the event word for a comma perhaps, a relative word
    and a verb of beginning, or a verb of lasting and since (a ceasefire that had held since
    1991; الهدنة التي صمدت منذ عام 1991), up to where the time would stand (data/assembly.json
    `begun_relatives`); in Arabic the year the event is named by may stand between (احتجاجات
    2011 التي اندلعت)."""
    rules = load_assembly_rules(path).get("begun_relatives", {})
    en = rules.get("en", {})
    ar = rules.get("ar", {})
    return {
        "en": re.compile(
            r"\s*,?\s+(?:" + alternation(en.get("relatives", ()), spaced=True) + r")\s+(?:(?:had\s+)?(?:"
            + alternation(en.get("verbs", ()), spaced=True) + r")|(?:(?:has|have|had)\s+)?(?:"
            + alternation(en.get("lasting", ()), spaced=True) + r")\s+since)(?![\w-])",
            re.IGNORECASE,
        ),
        "ar": re.compile(
            r"(?:\s+(?:عام\s+)?(?:19|20)\d\d)?\s*[،,]?\s+(?:" + alternation(ar.get("relatives", ()), spaced=True)
            + r")\s+(?:(?:" + alternation(ar.get("verbs", ()), spaced=True) + r")|(?:(?:كانت|كان|ظلت|ظل)\s+)?(?:"
            + alternation(ar.get("lasting", ()), spaced=True) + r")\s+منذ)(?![\w-])"
        ),
    }


def date_by_its_beginning(
    event: Event, text: str, cand: _Candidate, dates: Sequence[TimeMention], spans: dict, language: str
) -> None:
    """Date an event known by its year by the time the relative clause of its beginning right
    after its word gives, when that time falls in or before that year."""
    pattern = load_begun_relatives().get(language)
    if pattern is None or event.date_precision != "year" or event.date_basis != "explicit" or not event.date:
        return
    m = pattern.match(text, cand.trigger[1])
    if m is None:
        return
    end = _CLAUSE_END.search(text, m.end(), cand.sentence[1])
    stop = end.start() if end is not None else cand.sentence[1]
    inside = [d for d in dates if m.end() <= d.start and d.end <= stop and d.value and not d.recurring]
    if not inside:
        return
    d = min(inside, key=lambda d: d.start)
    value = d.value[:10]
    if value[:4] > event.date[:4] or len(value) not in PRECISION_BY_LENGTH or value == event.date:
        return
    event.date, event.date_precision = value, PRECISION_BY_LENGTH[len(value)]
    event.date_basis = d.basis
    spans["date"] = [d.start, d.end]


# a complement of the event word between it and the relative (talks between the two sides, which
# began ...; المحادثات بين الطرفين، التي انطلقت ...)
# a short modifier of the event word right before a relative with no comma: a phrase of its sides
# or place, or a participle of its brokering, up to five words that end no clause
_MODIFIER = {
    "en": re.compile(
        r"\s+(?:between|with|among|in|(?:brokered|mediated|sponsored|hosted|chaired|led)\s+by)"
        r"(?:\s+[^\s,;:!?()]+){1,5}?(?=\s+(?:which|that)\s)",
        re.IGNORECASE,
    ),
    "ar": re.compile(r"\s+(?:بين|مع|في|قرب|حول|بوساطة)(?:\s+[^\s،,;:.!?()]+){1,5}?(?=\s+(?:التي|الذي)\s)"),
}


# the participle of its brokering and its brokers' names, commas perhaps between them, up to a
# relative set off by a comma ("talks in Kiev mediated by Polish President Aleksander Kwasniewski,
# Lithuanian President Valdas Adamkus and EU foreign policy chief Javier Solana, which first ...")
_BROKERS = {
    "en": re.compile(
        r"(?:\s+in\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)?\s+(?:brokered|mediated|sponsored|hosted|chaired|led)\s+by\s+"
        r"[A-Z][^;:.!?()\n]{0,160}?(?=\s*,\s*(?:which|that)\s)",
    ),
}

# a possessive right after the relative's verb makes the last broker its subject
_BROKERS_OWN = re.compile(r"\s+(?:its|their|his|her)(?![\w-])", re.IGNORECASE)


_COMPLEMENT = {
    "en": re.compile(
        r"\s+(?:(?:between|with|among)\s+[^,;:.!?()\n]{1,60}?"
        # a phrase of its place, perhaps after a participle of holding ("drills held near Taiwan"), of
        # a few words none of which opens a topic or names another deed that could be what began
        r"|(?:(?:held|staged|conducted|launched)\s+)?(?:near|around|off|in)"
        r"(?:\s+(?!(?:on|over|about|against|war|wars|conflict|crisis|fighting|uprising|revolution|protests|unrest"
        r"|campaign|offensive|insurgency|clashes)(?![\w-]))[\w'-]+){1,4})(?=\s*,\s)",
        re.IGNORECASE,
    ),
    "ar": re.compile(r"\s+(?:بين|مع|قرب|حول|قبالة|في)\s+[^,;:.!?()\n،؛]{1,60}?(?=\s*[،,]\s)"),
}


def date_undated_by_its_beginning(
    event: Event, text: str, cand: _Candidate, dates: Sequence[TimeMention], spans: dict, language: str
) -> None:
    """Date an event its clause gives no time (dated by the publication) by the time of the
    relative clause of its beginning after its word and its complement ("the talks between the
    two sides, which began on Oct. 25") or its brokers ("talks mediated by ..., which first
    brought the two rivals together on Nov. 26"), or of the relative clause of its lasting since a
    time ("a ceasefire that had held since 1991"), a time no later than that publication day. So is a
    deed told by a noun that the sentence finds going on at a later time ("operated for a second
    day on Friday in the largest-ever military drills held near Taiwan, which began on Thursday"):
    a deed going on is dated by its start, which the relative clause gives; not when a verb of
    going on follows the relative ("On Saturday, the sit-in that began there a week ago continued"),
    which tells the stretch of that day."""
    pattern = load_begun_relatives().get(language)
    if pattern is None or not event.date or not (event.date_basis == "publication" or (cand.tense != "past" and cand.reference_id is None)):
        return
    if event.date_basis != "publication" and onset_clause_of_the_going_on(text, cand.trigger, cand.sentence[1]) is not None:
        return  # "On Saturday, the sit-in that began there a week ago continued": the stretch told
    at = cand.trigger[1]
    complement = _COMPLEMENT[language].match(text, at) if language in _COMPLEMENT else None
    m = pattern.match(text, complement.end() if complement else at)
    if m is None and language in _MODIFIER:
        # "consultations among Yemeni factions that opened in Riyadh on Wednesday", "talks
        # brokered by the U.N. that opened on Monday": a short modifier, no comma, then the relative
        modifier = _MODIFIER[language].match(text, at)
        m = pattern.match(text, modifier.end()) if modifier else None
    if m is None and language in _BROKERS:
        brokers = _BROKERS[language].match(text, at)
        m = pattern.match(text, brokers.end()) if brokers else None
        if m is not None and _BROKERS_OWN.match(text, m.end()):
            return  # "mediated by Egypt, which opened its crossing on Aug. 3": the broker's own deed
    if m is None:
        return
    stop = _clause_stop(text, m.end(), cand.sentence[1], dates)
    inside = [d for d in dates if m.end() <= d.start and d.end <= stop and d.value and not d.recurring]
    if not inside:
        return
    d = min(inside, key=lambda d: d.start)
    value = d.value[:10]
    if len(value) not in PRECISION_BY_LENGTH or value[: len(value)] > event.date[: len(value)] or value == event.date:
        return
    event.date, event.date_precision = value, PRECISION_BY_LENGTH[len(value)]
    event.date_basis = d.basis
    spans["date"] = [d.start, d.end]


def _clause_stop(text: str, start: int, limit: int, dates: Sequence[TimeMention]) -> int:
    """Where the clause from `start` ends: the first mark of `_CLAUSE_END` outside a time
    expression (the point of "Oct. 25" ends nothing)."""
    for end in _CLAUSE_END.finditer(text, start, limit):
        if not any(d.start <= end.start() < d.end for d in dates):
            return end.start()
    return limit
