"""The results of a vote announced on a day of their own, told in the sentence that dates the vote
by its polling day, or that names a vote the catalog dates ("أعلن رئيس السلطة المستقلة للانتخابات، الأحد، فوز تبون ... في الاقتراع الذي
جرى أمس السبت"; "Pezeshkian has won the run-off, the interior ministry announced on Saturday,
beating Jalili in Friday's vote"): the announcement is an election event of its own, on its day,
beside the vote on the polling day (data/assembly.json `announced_results`)."""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import day_of, event_day
from events.model import Event, TimeMention

_SENTENCE_END = re.compile(r"[.!?؟\n]")


@dataclass(frozen=True)
class _AnnouncedResults:
    verbs: re.Pattern[str]  # a verb of announcing, as a whole word
    objects: re.Pattern[str]  # a word of the results or of the win announced
    reach: int  # the most characters between the verb and the day it was announced on
    days: int  # the most days between the vote and the announcement


@lru_cache(maxsize=4)
def load_announced_results(path: Path = ASSEMBLY_RULES) -> _AnnouncedResults:
    rules = load_assembly_rules(path)["announced_results"]

    def words(key: str) -> re.Pattern[str]:
        return re.compile(r"(?<![^\W\d_])(?:" + alternation(rules[key]) + r")(?![^\W\d_])", re.IGNORECASE)

    return _AnnouncedResults(words("verbs"), words("objects"), int(rules["reach"]), int(rules["days"]))


def _announcement(
    text: str, event: Event, dates: Sequence[TimeMention], rules: _AnnouncedResults, voted: date
) -> tuple[re.Match[str], TimeMention] | None:
    """The verb announcing the vote's results in the event's sentence and the day it was
    announced on: a day told within `reach` characters after the verb, before the results' word
    when that word follows the verb, and 1 to `days` days after the polling day."""
    s, e = event.spans["quote"]
    for verb in rules.verbs.finditer(text, s, e):
        told = rules.objects.search(text, verb.end(), e)
        if told is None and rules.objects.search(text, s, verb.start()) is None:
            continue
        limit = min(e, verb.end() + rules.reach)
        for d in dates:
            if not (verb.end() <= d.start and d.end <= limit) or d.precision != "day" or d.recurring:
                continue
            if told is not None and d.start > told.start():
                continue
            if _SENTENCE_END.search(text, verb.end(), d.start):
                continue
            day = day_of(d.value)
            if day is not None and 0 < (day - voted).days <= rules.days:
                return verb, d
    return None


def _announced_right_after(text: str, day: TimeMention, rules: _AnnouncedResults) -> bool:
    """Whether the word of the results or the win is what was announced, right after its day, past a
    comma and two words at most («أعلنت اللجنة، أمس الأحد، فوز مرسي»)."""
    told = rules.objects.search(text, day.end, min(len(text), day.end + 40))
    return told is not None and len(re.findall(r"[^\W\d_]+", text[day.end : told.start()])) <= 2 and "بعد" not in text[day.end : told.start()]


def with_announced_results(events: list[Event], text: str, dates: Sequence[TimeMention]) -> list[Event]:
    """`events` and, after each election dated by its polling day (by its text or the catalog), the announcement of its
    results on a later day its sentence tells (`_announcement`), unless an election of its
    countries is kept on that day already."""
    rules = load_announced_results()
    out = list(events)
    for event in events:
        # (a vote the catalog dates, "أعلنت اللجنة، أمس الأحد، فوز مرسي" a week after the runoff, too)
        if event.event_type != "election" or event.date_basis not in ("explicit", "relative", "reference") or "quote" not in event.spans:
            continue
        voted = event_day(event)
        if voted is None:
            continue
        found = _announcement(text, event, dates, rules, voted)
        if found is None:
            continue
        verb, day = found
        if event.date_basis == "reference" and not (
            _announced_right_after(text, day, rules)
            # "Sisi won the election with 96.9 percent, the commission announced on Tuesday"
            or (verb.group().isascii() and rules.objects.search(text, event.spans["quote"][0], verb.start()) is not None)
        ):
            continue  # "أعلن سعيد، أمس، بعد فوزه في الدور الثاني، أنه سيتنازل عن راتبه": no results announced
        if any(
            other.event_type == "election" and other.date == day.value and set(other.countries) & set(event.countries)
            for other in out
        ):
            continue
        spans = {**copy.deepcopy(event.spans), "trigger": [verb.start(), verb.end()], "date": [day.start, day.end]}
        out.append(
            replace(
                event,
                event_id="",
                title="",
                trigger=verb.group(),
                date=day.value,
                date_precision="day",
                date_basis=day.basis,
                end_date=None,
                reference_id=None,
                spans=spans,
                actors=list(event.actors),
                countries=list(event.countries),
                location=dict(event.location) if event.location else None,
                sources=[{"article_id": event.article_id, "quote": event.quote}],
            )
        )
    return out
