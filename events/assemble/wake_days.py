"""An event word right after a word of right after that a day closes ("وأعلن البيت الأبيض، مساء
الأحد الماضي، عقب اتصال هاتفي بين الرئيسين، أن ...", "said on Sunday, following a phone call
between the two leaders"): the event came on that day, just before what the day dates
(`wake_closers` words of data/assembly.json). A gathering or a call told right after a plain
word of after (`wake_closers.after_words`: after, بعد) that such a day closes is that day's too
("announced the measures late on Sunday after an emergency meeting with security chiefs",
"وقال الوزير مساء الأحد بعد اجتماع مع نظيره"), when the day dates a verb of saying or deciding
(`after_statements`): what is announced after it comes out of it, whereas a deed after a
gathering ("protesters rallied on Friday after the meeting") or of another kind ("struck on
Sunday after rocket fire") may be days later than it."""

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


@lru_cache(maxsize=4)
def load_after_words(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], frozenset[str]]:
    """A match, ending right before an event word, of a day's end, a comma or not, a plain word
    of after with و/ف or not, and perhaps an English article and one word before the event word
    (`wake_closers.after_words`); and the event types it holds for (`after_types`)."""
    rules = load_assembly_rules(path).get("wake_closers", {})
    words = alternation(rules.get("after_words", ()), spaced=True)
    pattern = re.compile(
        r"\s*[،,]?\s*[وف]?(?:" + words + r")\s+(?:(?:the|a|an)\s+)?(?:[A-Za-z-]+\s+)?$", re.IGNORECASE
    )
    return pattern, frozenset(rules.get("after_types", ()))


@lru_cache(maxsize=4)
def load_statement_verbs(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a verb of saying or deciding (`wake_closers.after_statements`), with و or ف
    or not: what a day after it dates is a statement, which a gathering before it can lead to."""
    words = alternation(load_assembly_rules(path).get("wake_closers", {}).get("after_statements", ()), spaced=True)
    return re.compile(r"(?<!\w)[وف]?(?:" + words + r")(?!\w)", re.IGNORECASE)


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
        after, types = load_after_words()
        if (
            cand.event_type in types
            and after.match(text, d.end, cand.trigger[0]) is not None
            and load_statement_verbs().search(text, max(cand.sentence[0], d.start - 80), d.start) is not None
        ):
            return d  # "announced late on Sunday after an emergency meeting"
    return None
