"""A deed named by a definite noun right after a word of what another deed is over or about
("Defence Minister Kammenos quit on Jan. 13 in protest over the name deal"; "Washington announced
new sanctions last month over the poisoning of a former Russian spy in Britain in March";
"استقال الوزير الأحد احتجاجا على الاتفاق") is the topic of that other deed, a thing told as
known: the time of the clause before that word is the other deed's (the quitting, the sanctions),
never the topic's own, though it stands nearest its word. A time after its word, in its own
phrase ("in March"), may still be its own (data/assembly.json `topic_dates`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import TimeMention


@lru_cache(maxsize=4)
def load_topic_words(path: Path = ASSEMBLY_RULES) -> dict[str, re.Pattern[str]]:
    """Per language, a search, ending where the event word begins, for a word of `topic_dates`,
    the English article and at most `words` words of the noun phrase (the name deal), or the
    Arabic proclitics and the article fused to the noun (احتجاجا على الاتفاق)."""
    rules = load_assembly_rules(path).get("topic_dates", {})
    words = int(rules.get("words", 2))
    return {
        "en": re.compile(
            r"(?<![\w-])(?:" + alternation(rules.get("en", ()), spaced=True) + r")\s+(?:the|its|their|his|her)\s+"
            r"(?:[\w'-]+\s+){0," + str(words) + r"}\Z",
            re.IGNORECASE,
        ),
        "ar": re.compile(r"(?<!\w)(?:" + alternation(rules.get("ar", ()), spaced=True) + r")\s+\Z"),
    }


_REACH = 80  # characters before the event word searched for the word of topic


def topic_opening(text: str, trigger: tuple[int, int], sentence_start: int, definite: bool) -> int | None:
    """Where the word of topic before the definite event word at `trigger` begins, if the word
    is the topic of another deed of its sentence ("in protest over the name deal"); None when
    it is not so told."""
    if not definite:
        return None
    arabic = not text[trigger[0] : trigger[0] + 1].isascii()
    pattern = load_topic_words()["ar" if arabic else "en"]
    m = pattern.search(text, max(sentence_start, trigger[0] - _REACH), trigger[0])
    return m.start() if m is not None else None


def without_the_other_deed_s_dates(
    text: str, trigger: tuple[int, int], sentence_start: int, definite: bool, dates: Sequence[TimeMention]
) -> list[TimeMention]:
    """`dates` less those before the word of topic that opens the phrase of the event word (see
    the module); all of them when there is none."""
    opened = topic_opening(text, trigger, sentence_start, definite)
    if opened is None:
        return list(dates)
    return [d for d in dates if d.start >= opened]
