"""An Arabic event told in a clause of explanation (data/assembly.json `explaining_openers`:
إذ، حيث) after a clause whose verb is one of witnessing (`witnessed_days.verbs`: شهد، شهدت)
and whose day the text writes ("وشهدت مدينة الناصرية يوم الخميس الماضي أحد أكثر الأيام دموية،
إذ قتل أكثر من 20 متظاهرا بنيران قوات الأمن"): the clause tells what that day saw, and the
event takes the day."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.explaining import load_explaining_openers
from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import Event, TimeMention


@lru_cache(maxsize=4)
def load_witnessing_verbs(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a verb of witnessing, with a conjunction before it at most, as a whole word."""
    words = alternation(load_assembly_rules(path).get("witnessed_days", {}).get("verbs", ()))
    return re.compile(r"(?<![^\W\d_])[وف]?(?:" + words + r")(?![^\W\d_])")


def date_by_the_day_witnessed(
    event: Event, text: str, cand: _Candidate, dates: Sequence[TimeMention], spans: dict
) -> None:
    """Date a publication-dated event of a clause of explanation by the day the clause of
    witnessing before it writes."""
    if event.date_basis != "publication":
        return
    s, start = cand.sentence[0], cand.trigger[0]
    found = load_explaining_openers().search(text, max(s, start - 12), start)
    if found is None:
        return
    opener = found.start()
    verb = load_witnessing_verbs().search(text, s, opener)
    if verb is None or any(mark in text[verb.end() : opener] for mark in "،,"):
        return
    days = [d for d in dates if verb.end() <= d.start and d.end <= opener and d.precision == "day"]
    if len(days) != 1:
        return
    day = days[0]
    event.date, event.date_precision, event.date_basis = day.value, day.precision, day.basis
    event.end_date = day.end_value
    spans["date"] = [day.start, day.end]
