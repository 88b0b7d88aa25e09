"""A deed told by a verb in the past in the that-clause of an Arabic verb of saying that a month or a year dates
("وأعلن الجيش في فبراير الماضي أن طائراته قصفت مواقع", "وكان الوزير قد قال عام 2015 إن قواته
هاجمت ..."), with no date of its own, was done by the time it was told: the month or year of
the saying dates it, at that precision, rather than the publication. So does a day of the
saying for a deed decided, told right after a verb of a decision taken ("أعلن الوزير، مساء
الاثنين، أن البلدين اتفقا على إعادة فتح الحدود": `decision_verbs`): it was decided by then;
not for another deed, which may be days older than its telling (the vote whose count is
announced). Not a deed told in a relative clause, nor one after another date of the that-clause
(data/assembly.json `saying_times`). In English, a deed told done (in the past or the past
perfect) or going on (was sending) after "that", a verb of saying and a month or a year right
before it ("The Pentagon announced in October that it was sending 3,000 more troops") is dated
so too (`saying_times.en_verbs`), not one of a relative clause ("the militants who attacked")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.fronted import AR_THAT, _in_arabic_relative
from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate, _is_duration
from events.model import Event, TimeMention


@lru_cache(maxsize=4)
def load_saying_verbs(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A verb of saying, with و or ف before it (`saying_times.verbs`), and at most
    `saying_times.words` words after it, ending right before a time."""
    rule = load_assembly_rules(path).get("saying_times", {})
    words = int(rule.get("words", 4))
    return re.compile(r"(?<!\w)[وف]?(?:" + alternation(rule.get("verbs", ())) + r")(?:\s+\S+){0," + str(words) + r"}\s+(?:في\s+|خلال\s+)?$")


@lru_cache(maxsize=4)
def load_decision_verbs(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A verb of a decision taken (`saying_times.decision_verbs`), perhaps with و or ف, and
    perhaps على or ب, ending right before the event word."""
    verbs = alternation(load_assembly_rules(path).get("saying_times", {}).get("decision_verbs", ()))
    return re.compile(r"(?<!\w)[وف]?(?:" + verbs + r")\s+(?:على\s+|ب)?$")


def _decided(text: str, start: int, trigger: int) -> bool:
    """Whether the event word comes right after a verb of a decision taken (اتفقتا على)."""
    return load_decision_verbs().search(text, max(start, trigger - 30), trigger) is not None


def date_by_the_saying_time(event: Event, text: str, cand: _Candidate, dates: Sequence[TimeMention], spans: dict) -> None:
    """Date `event`, told in an Arabic that-clause with no date of its own, by the month or year
    its verb of saying is told in, or by its day for a deed decided."""
    if event.language != "ar" or cand.background:
        return
    start, trigger = cand.sentence[0], cand.trigger[0]
    decided = _decided(text, start, trigger)
    if cand.tense != "past" and not decided:
        return  # a deed told done by a verb in the past, not a noun of what is sought or welcomed
    that = None
    for m in AR_THAT.finditer(text, start, trigger):
        that = m
    if that is None or any(that.end() <= d.start < trigger for d in dates):
        return
    said = [d for d in dates if start <= d.start and d.end <= that.start() and not d.recurring]
    if not said or said[-1].precision not in ("month", "year", "day") or _is_duration(text, said[-1]):
        return
    if said[-1].precision == "day" and not decided:
        return  # a deed done may be days older than the day it is told (the vote whose count is announced)
    d = said[-1]
    if load_saying_verbs().search(text, max(start, d.start - 80), d.start) is None:
        return
    if text[d.end : that.start()].strip(" ،,") or _in_arabic_relative(text, that.end(), trigger):
        return  # only the time between the saying and its that-clause
    event.date, event.date_precision, event.date_basis = d.value, d.precision, d.basis  # type: ignore[assignment]
    event.end_date = d.end_value
    spans["date"] = [d.start, d.end]


# an English that-clause's opening, and a deed told going on in the past ("it was sending")
_EN_THAT = re.compile(r"(?<![\w-])that\s", re.IGNORECASE)
_EN_RELATIVE = re.compile(r"(?<![\w-])(?:who|whom|whose|which)(?![\w-])", re.IGNORECASE)
_GOING_ON = re.compile(r"(?<![\w-])(?:was|were)\s+(?:\w+\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_english_saying_verbs(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """An English verb of saying in the past (`saying_times.en_verbs`), perhaps "in", ending right
    before a time."""
    verbs = alternation(load_assembly_rules(path).get("saying_times", {}).get("en_verbs", ())) or "(?!)"
    return re.compile(r"(?<![\w-])(?:" + verbs + r")\s+(?:in\s+)?$", re.IGNORECASE)


def date_by_the_english_saying_time(
    event: Event, text: str, cand: _Candidate, dates: Sequence[TimeMention], spans: dict
) -> None:
    """Date `event`, told done or going on in an English that-clause with no date of its own, by
    the month or year its verb of saying is told in (see the module)."""
    if event.language != "en" or cand.background:
        return
    start, trigger = cand.sentence[0], cand.trigger[0]
    if cand.tense != "past" and _GOING_ON.search(text, max(start, trigger - 20), trigger) is None:
        return
    that = None
    for m in _EN_THAT.finditer(text, start, trigger):
        that = m
    if that is None or any(that.end() <= d.start < trigger for d in dates):
        return
    if _EN_RELATIVE.search(text, that.end(), trigger) is not None:
        return  # "said in February that it had killed the militants who attacked ...": another time
    said = [d for d in dates if start <= d.start and d.end <= that.start() and not d.recurring]
    if not said or said[-1].precision not in ("month", "year") or _is_duration(text, said[-1]):
        return
    d = said[-1]
    if text[d.end : that.start()].strip(" ,") or load_english_saying_verbs().search(text, max(start, d.start - 40), d.start) is None:
        return
    event.date, event.date_precision, event.date_basis = d.value, d.precision, d.basis  # type: ignore[assignment]
    event.end_date = d.end_value
    spans["date"] = [d.start, d.end]
