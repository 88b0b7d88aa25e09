"""An event word right after a word of right after that a day closes ("وأعلن البيت الأبيض، مساء
الأحد الماضي، عقب اتصال هاتفي بين الرئيسين، أن ...", "said on Sunday, following a phone call
between the two leaders"): the event came on that day, just before what the day dates
(`wake_closers` words of data/assembly.json)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import TimeMention


@lru_cache(maxsize=4)
def load_wake_words(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match, ending right before an event word, of a day's end, a comma or not, and a word
    of right after with و/ف or not (`wake_closers` words)."""
    words = alternation(load_assembly_rules(path).get("wake_closers", {}).get("words", ()), spaced=True)
    return re.compile(r"\s*[،,]?\s*[وف]?(?:" + words + r")\s+(?:the\s+|a\s+)?$", re.IGNORECASE)


def day_before_the_wake(text: str, cand: _Candidate, dates: Sequence[TimeMention]) -> TimeMention | None:
    """The day, told relative to the publication (أمس، مساء الأحد، on Sunday), that ends right
    before the word of right after the event word follows, in the event's sentence; None when
    the word stands elsewhere or no such day closes it. A calendar date before it ("في 12 مارس
    2022 إثر مظاهرات") leaves the cause its month (`in_the_wake` of the dated deed)."""
    for d in dates:
        if d.precision != "day" or d.basis != "relative" or d.recurring or d.start < cand.sentence[0] or d.end > cand.trigger[0]:
            continue
        if load_wake_words().match(text, d.end, cand.trigger[0]) is not None:
            return d
    return None
