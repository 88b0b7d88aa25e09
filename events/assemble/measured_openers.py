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
from events.assemble.word_gates import may_name
from events.model import Event, TimeMention, TriggerMention
from events.text.gates import anchor_words

RECENT_DAYS = 7  # the day of the news told before is at most this many days before the publication


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


@lru_cache(maxsize=4)
def load_hours_openers(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match, from a sentence's start, for an opening of a few hours after or before a deed,
    through the comma that closes it, eight words at most after the word of order ("Hours after
    the Americans landed,", "وبعد ساعات من وصولهم،"; data/assembly.json `measured_openers.hours`)."""
    rules = load_assembly_rules(path)["measured_openers"].get("hours", {})
    counts = r"(?:(?:" + alternation(rules.get("counts", ()), spaced=True) + r")\s+)?"
    units = alternation(rules.get("units", ()), spaced=True)
    en = counts + r"(?:" + units + r")\s+(?:" + alternation(rules.get("order", ()), spaced=True) + r")"
    ar = (
        r"[وف]?(?:" + alternation(rules.get("order_ar", ()), spaced=True) + r")\s+(?:" + units + r")\s+"
        + r"(?:(?:" + alternation(rules.get("counts", ()), spaced=True) + r")\s+)?(?:" + alternation(rules.get("links", ()), spaced=True) + r")"
    )
    return re.compile(r"[\W_]*(?:" + en + "|" + ar + r")\s+(?:[^\s,،.;؛]+\s+){0,7}[^\s,،.;؛]+\s*[,،]", re.IGNORECASE)


def date_hours_after_the_news(
    event: Event, text: str, cand: _Candidate, before: Sequence[TimeMention], published: str | None, spans: dict
) -> None:
    """Date a publication-dated event whose sentence opens on a few hours after or before a deed
    the opening gives no date ("Hours after the Americans landed, the Treasury imposed
    sanctions", "وبعد ساعات من وصولهم، فرضت الخزانة عقوبات"): that deed is the news the article
    told before, so the event took place on the one day the article gave before the sentence
    (`before`: the article's time expressions before it), when that day is in the week before
    the publication's. With several days told before, which is the news's is not plain."""
    if event.date_basis != "publication" or published is None:
        return
    s = cand.sentence[0]
    m = load_hours_openers().match(text, s)
    if m is None or m.end() > cand.trigger[0]:
        return
    days = [d for d in before if d.end <= s and d.precision == "day" and d.basis in ("explicit", "relative") and not d.recurring]
    if not days or len({d.value[:10] for d in days}) != 1:
        return  # no day told before, or several: which one is the news's is not plain
    d = days[-1]
    try:
        gap = (date.fromisoformat(published[:10]) - date.fromisoformat(d.value[:10])).days
    except ValueError:
        return
    if not 0 < gap <= RECENT_DAYS:
        return  # the publication's own day is no news of its own, nor a day long before
    event.date, event.date_precision, event.date_basis = d.value[:10], "day", "relative"  # type: ignore[assignment]
    event.end_date = None
    spans["date"] = [d.start, d.end]


@lru_cache(maxsize=4)
def _hours_anchors(path: Path = ASSEMBLY_RULES) -> tuple[tuple[str, ...], ...]:
    """The words of each unit of an opening of hours (`measured_openers.hours.units`): every such
    opening, English or Arabic, holds one."""
    return anchor_words(load_assembly_rules(path)["measured_openers"].get("hours", {}).get("units", ()))


def hours_opener_starts(text: str, sentences: Sequence[tuple[int, int]]) -> list[int]:
    """The starts of the sentences told before one that opens on a few hours after or before a
    deed it gives no date (see `date_hours_after_the_news`): the day of that news is among
    them, so they must be read for dates too."""
    if not may_name(text, _hours_anchors()):
        return []  # no word of hours or minutes: no sentence opens on them
    opening = load_hours_openers()
    opened = [s for s, _ in sentences if opening.match(text, s) is not None]
    return [s for s, _ in sentences if opened and s < opened[-1]]
