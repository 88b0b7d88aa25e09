"""An Arabic sentence opened by a time measured from another event ("وقبل ساعات من سريان
الهدنة، شن الطيران الإسرائيلي أمس عشرات الغارات", "وبعد أيام من توقيع الاتفاق، ..."): the event
word in that opening is the point the time is measured from, not the sentence's news, so a
date of the clause after the comma is the main clause's, never that event's
(data/assembly.json `measured_openers`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import Event, TimeMention, TriggerMention


@lru_cache(maxsize=4)
def load_measured_openers(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Matches, from a sentence's start, for a word of order, a unit of time (perhaps with a
    count before or a word after it) and a link: up to an event word at most three words on,
    and through the whole opening, four words at most, to its comma."""
    rules = load_assembly_rules(path)["measured_openers"]
    order = alternation(rules["order"])
    units = alternation([*rules["units"], *rules["unit_days"]])
    links = alternation(rules["links"])
    core = r"[\W_]*[وف]?(?:" + order + r")\s+(?:\w+\s+)?(?:" + units + r")\s+(?:\w+\s+)?(?:" + links + r")\s+"
    return re.compile(core + r"(?:[^\s,،.]+\s+){0,3}"), re.compile(core + r"(?:[^\s,،.]+\s+){0,3}[^\s,،.]+\s*[,،]")


def in_measured_opener(text: str, sentence_start: int, trigger_start: int) -> bool:
    """Whether the event word stands in the sentence's opening time measured from it."""
    return load_measured_openers()[0].fullmatch(text, sentence_start, trigger_start) is not None


def date_after_measured_opener(
    event: Event,
    text: str,
    cand: _Candidate,
    told: Sequence[Event],
    opening: Sequence[TriggerMention],
    spans: dict,
    dates: Sequence[TimeMention] = (),
) -> None:
    """Date an event with no date of its own whose sentence opens on a time measured from an
    event the article told before on a day of its own ("وبعد ساعات من بدء الهدنة، استهدف
    التحالف ..." after the truce's day): that day, moved by the days the unit counts (hours
    none, a day one; `unit_days`), back for قبل. `opening`: the event words of the sentence.
    A day the main clause gives after the opening (`dates`: the sentence's) holds for a later
    clause of the sentence instead ("وقبل ساعات من سريان الهدنة، شن الطيران أمس عشرات الغارات،
    وأدت غارة على منطقة إلى مقتل سبعة أشخاص")."""
    s = cand.sentence[0]
    m = load_measured_openers()[1].match(text, s, cand.trigger[0])
    if m is None:
        return
    main_day = [d for d in dates if m.end() <= d.start and d.end <= cand.trigger[0] and d.precision == "day" and not d.recurring]
    if main_day:
        d = main_day[-1]
        event.date, event.date_precision, event.date_basis = d.value, d.precision, d.basis  # type: ignore[assignment]
        spans["date"] = [d.start, d.end]
        return
    pointed = [t for t in opening if s <= t.start < m.end()]
    rules = load_assembly_rules()["measured_openers"]
    unit = next((w for w in text[s : m.end()].split() if w in rules["unit_days"]), None)
    if not pointed or unit is None:
        return
    main = next(
        (
            ev
            for ev in reversed(told)
            if ev.event_type == pointed[0].event_type
            and ev.date_precision == "day"
            and ev.date_basis in ("explicit", "relative")
            and ev.date
            and ev.spans.get("quote", [s])[0] < s
        ),
        None,
    )
    if main is None or main.date is None:
        return
    days = rules["unit_days"][unit] * (-1 if text[s : m.end()].lstrip(" \n\"'«وف").startswith("قبل") else 1)
    event.date = (date.fromisoformat(main.date[:10]) + timedelta(days=days)).isoformat()
    event.date_precision, event.date_basis = "day", "relative"
    spans["date"] = [s, m.end() - 1]
