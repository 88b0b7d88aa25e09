"""An event told as going on for its nth day running ("اتسعت رقعة الاحتجاجات في إيران لليوم
السادس على التوالي", "protests spread for a sixth straight day") is the day's news: the
stretch of it the sentence tells is on the day its clause gives, or the publication's, not
the day the catalogued campaign began (data/assembly.json `running_days`)."""

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
    return told_as_running(event.quote, (trigger[0] - quote[0], trigger[1] - quote[0]))
