"""An event told as going on for its nth day running ("اتسعت رقعة الاحتجاجات في إيران لليوم
السادس على التوالي", "protests spread for a sixth straight day") is the day's news: the
stretch of it the sentence tells is on the day its clause gives, or the publication's, not
the day the catalogued campaign began (data/assembly.json `running_days`). So is one told by a
verb of going on ("تواصلت الاعتصامات في ساحة التحرير", "the sit-ins continued"): the stretch of
it on that day, no retelling of a day told before."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import Event

_AFTER = 60  # characters after the event word within which the count of days stands


@lru_cache(maxsize=4)
def load_running_days(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for the count of days running: an Arabic opener and its ordinal (لليوم
    السادس), or an English opener, an ordinal and a closer (for a sixth straight day)."""
    rules = load_assembly_rules(path)["running_days"]
    arabic = r"(?<!\w)(?:" + alternation(rules["ar"]) + r")\s+(?:" + alternation(rules["ar_ordinals"]) + r")(?!\w)"
    english = (
        r"(?<!\w)(?:" + alternation(rules["en_openers"], spaced=True) + r")\s+\w+\s+(?:"
        + alternation(rules["en_closers"], spaced=True) + r")(?!\w)"
    )
    return re.compile(arabic + "|" + english, re.IGNORECASE)


@lru_cache(maxsize=4)
def load_going_on(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Searches for an Arabic verb of going on ending right before the event word (with و, ف or
    none) and for an English one right after it (`going_on_ar`, `going_on_en`)."""
    rules = load_assembly_rules(path)["running_days"]
    arabic = re.compile(r"(?<!\w)[وف]?(?:" + alternation(rules["going_on_ar"]) + r")\s+$")
    english = re.compile(r"^\s+(?:" + alternation(rules["going_on_en"], spaced=True) + r")(?!\w)", re.IGNORECASE)
    return arabic, english


def told_as_going_on(text: str, trigger: tuple[int, int]) -> bool:
    """Whether a verb of going on stands right before (Arabic) or right after (English) the event word."""
    arabic, english = load_going_on()
    return (
        arabic.search(text, max(0, trigger[0] - 20), trigger[0]) is not None
        or english.match(text[trigger[1] : trigger[1] + 40]) is not None
    )


@lru_cache(maxsize=4)
def load_onset_relatives(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match, right after the English event word, for a relative clause of its onset up to a
    verb of going on after it."""
    rules = load_assembly_rules(path)["running_days"]
    return re.compile(
        r"\s+(?:" + alternation(rules["onset_relatives_en"], spaced=True) + r")(?!\w)[^,.;:]*?(?=\s(?:"
        + alternation(rules["going_on_en"], spaced=True) + r")(?!\w))",
        re.IGNORECASE,
    )


def onset_clause_of_the_going_on(text: str, trigger: tuple[int, int], end: int) -> tuple[int, int] | None:
    """The span of a relative clause of the event's onset between its English word and a verb of
    going on ("the sit-in that began there a week ago continued"): its time is the onset's, not
    the stretch's the sentence tells; None when there is none (`end`: the sentence's end). An
    Arabic one (تواصلت الاعتصامات التي انطلقت قبل أسبوع) already stands after a relative word
    that closes the clause whose times date the word."""
    m = load_onset_relatives().match(text, trigger[1], end)
    return (m.start(), m.end()) if m is not None else None


def told_as_running(text: str, trigger: tuple[int, int]) -> bool:
    """Whether the event word's clause counts the days it has gone on (up to a clause break)."""
    tail = re.split(r"[,،.;؛]", text[trigger[1] : trigger[1] + _AFTER], maxsplit=1)[0]
    return load_running_days().search(tail) is not None


def event_told_as_running(event: Event) -> bool:
    """Whether an assembled event's word counts the days it has gone on: the day's stretch of
    it, never an undated retelling of the day its campaign began."""
    quote, trigger = event.spans.get("quote"), event.spans.get("trigger")
    if not quote or not trigger:
        return False
    at = (trigger[0] - quote[0], trigger[1] - quote[0])
    return told_as_running(event.quote, at) or told_as_going_on(event.quote, at)
