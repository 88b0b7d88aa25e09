"""A sentence that opens on the deed the article is about, as the subject of a verb of coming
("وجاءت الزيارة بعد أشهر من الاتصالات، إذ زار مستشار الأمن الوطني أنقرة في 18 أغسطس", "The visit
came after months of contacts, as the adviser visited Ankara on Aug. 18"): a verb of the same type
told after it, in the past, is another deed of its own, not the topic told again, and the topic
noun itself, told before in the article, names no deed of the sentence (`coming_topics` of
data/assembly.json)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import TriggerMention
from events.text.lazy import LazyPattern

# the comma that closes the topic's clause before the deed's ("وجاءت الزيارة بعد أشهر من الاتصالات،
# إذ زار"); with none, the verb tells the topic's own circumstance ("وتأتي زيارته بعد أن أجرى ... زيارة")
_COMMA = LazyPattern(r"[,،]")


@lru_cache(maxsize=4)
def load_coming_topics(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a match of the start of a sentence up to the topic noun: a verb of coming, perhaps after
    و; a match of an English topic noun's start and of what follows it: "The visit came")."""
    rules = load_assembly_rules(path).get("coming_topics", {})
    arabic = re.compile(r"\s*[وف]?(?:" + alternation(rules.get("ar", ())) + r")\s+$")
    english = re.compile(r"\s+(?:" + alternation(rules.get("en", ()), spaced=True) + r")(?![^\W\d_])", re.IGNORECASE)
    return arabic, english


def _opens_as_topic(text: str, sentence_start: int, t: TriggerMention) -> bool:
    """Whether the event word is the topic its sentence opens on, the subject of a verb of coming."""
    arabic, english = load_coming_topics()
    if arabic.fullmatch(text, sentence_start, t.start):
        return True
    opening = text[sentence_start : t.start].strip().lower()
    return opening in ("the", "this", "that") and english.match(text, t.end) is not None


def after_a_coming_topic(text: str, t: TriggerMention, triggers: Sequence[TriggerMention], sentence: tuple[int, int]) -> bool:
    """Whether `t`, a verb in the past, follows past a comma in its sentence a word of its type
    that the sentence opens on as the subject of a verb of coming: a deed of its own."""
    if t.tense != "past":
        return False
    return any(
        u.event_type == t.event_type
        and sentence[0] <= u.start
        and u.end <= t.start
        and _COMMA.search(text, u.end, t.start) is not None
        and _opens_as_topic(text, sentence[0], u)
        for u in triggers
    )


def topic_before_a_deed(text: str, t: TriggerMention, triggers: Sequence[TriggerMention], sentence: tuple[int, int]) -> bool:
    """Whether `t` is the topic its sentence opens on as the subject of a verb of coming, a word of
    its type told in an earlier sentence, with a verb of its type in the past past a comma after it
    in the sentence: the article's deed named again."""
    return (
        _opens_as_topic(text, sentence[0], t)
        # (the article's deed, told in an earlier sentence: not a lead that opens on its own news)
        and any(u.event_type == t.event_type and u.end <= sentence[0] for u in triggers)
        and any(
            u.event_type == t.event_type and u.tense == "past" and t.end <= u.start < sentence[1] and _COMMA.search(text, t.end, u.start)
            for u in triggers
        )
    )
