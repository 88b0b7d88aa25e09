"""A deed told as done on the day of another deed, named by its noun ("froze Iraqi assets on the
day of the invasion", "في يوم الانقلاب"): the day of that deed as the article told it before,
when it told it with a day. The words of the day (data/assembly.json `deed_days`) stand right
before the noun, in the deed's own clause; a vote's day is read by the rules of polling days."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import Event, TriggerMention

_BREAK = re.compile(r"[,،;؛:.!?؟()\"«»\n]")
_DAY_BASES = ("explicit", "relative", "reference")


@lru_cache(maxsize=4)
def load_deed_days(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], frozenset[str]]:
    """A search for the words of the day of a deed (`en`, `ar`), ending where the deed's noun
    starts, and the event types whose day is read elsewhere (`skipped_types`)."""
    rules = load_assembly_rules(path).get("deed_days", {})
    words = alternation([*rules.get("en", ()), *rules.get("ar", ())], spaced=True)
    pattern = re.compile(r"(?<![^\W\d_])[وف]?(?:" + words + r")\s+\Z", re.IGNORECASE)
    return pattern, frozenset(rules.get("skipped_types", ()))


def _clause(text: str, cand: _Candidate) -> tuple[int, int]:
    """The candidate's clause: from the mark before its word to the mark after it."""
    start = max((m.end() for m in _BREAK.finditer(text, cand.sentence[0], cand.trigger[0])), default=cand.sentence[0])
    stop = _BREAK.search(text, cand.trigger[1], cand.sentence[1])
    return start, stop.start() if stop is not None else cand.sentence[1]


def _the_day_named(text: str, cand: _Candidate, triggers: Sequence[TriggerMention]) -> tuple[TriggerMention, int] | None:
    """The noun of the deed whose day the candidate's clause names, and where its words start."""
    pattern, skipped = load_deed_days()
    clause_start, clause_end = _clause(text, cand)
    for t in triggers:
        if not clause_start <= t.start < clause_end or t.start == cand.trigger[0] or t.event_type in skipped:
            continue
        m = pattern.search(text, max(clause_start, t.start - 40), t.start)
        if m is not None:
            return t, m.start()
    return None


def date_by_the_day_of_a_deed(
    event: Event, cand: _Candidate, text: str, triggers: Sequence[TriggerMention], told: Sequence[Event], spans: dict
) -> None:
    """Date a deed whose clause names the day of another deed by its noun by the day the article
    gave that deed before ("on the day of the invasion": the invasion's day), unless a time of the
    deed's own clause dates it."""
    found = _the_day_named(text, cand, triggers)
    if found is None:
        return
    noun, start = found
    date_span = spans.get("date")
    _, clause_end = _clause(text, cand)
    if date_span and cand.sentence[0] <= date_span[0] < clause_end:
        # "واعتقلت الشرطة الأربعاء رجلين ... يوم الهجوم", "وفي يوم الأربعاء، اعتقلت": the deed's own
        # day, in its clause or put before it, stands; a day of a later clause does not
        return
    before = next(
        (
            ev
            for ev in reversed(told)
            if ev.event_type == noun.event_type
            and ev.date_precision == "day"
            and ev.date_basis in _DAY_BASES
            and ev.spans.get("trigger", [noun.start])[0] < noun.start
            and ev.spans.get("quote") != [*cand.sentence]
        ),
        None,
    )
    if before is None or before.date is None:
        return
    event.date, event.date_precision, event.date_basis = before.date, "day", "relative"
    event.end_date = None
    spans["date"] = [start, noun.end]
