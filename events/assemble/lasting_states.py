"""A time after since that a participle of lasting leads (حالة العداء القائمة بين البلدين منذ عام
1948، the state of war that has existed since 1948): when the state began, a time of that state
alone. It dates no deed told outside the state's own phrase, the deed of its sentence before it
(وتنهي المعاهدة حالة العداء القائمة ... منذ عام 1948: the treaty is not of 1948) nor a term
listed after it (data/assembly.json `lasting_states`)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import TimeMention

_REACH = 40  # characters between the participle and since: the sides of the state ("بين البلدين")
# a comma right before the participle: an aside on the noun told before it
_ASIDE_BEFORE = re.compile(r"[,،]\s*\Z")
_NOUN_WORDS = 4  # words between the state's noun and its participle: its adjectives and phrases
# the article, alone or after a preposition or و, that opens each Arabic word of the noun's own phrase
_DEFINITE = ("ال", "لل", "بال", "وال", "فال", "كال")


@lru_cache(maxsize=4)
def load_lasting_states(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a participle of lasting (`ar`, `en`), then words up to since/منذ, ending where
    the time starts."""
    rules = load_assembly_rules(path).get("lasting_states", {})
    words = alternation([*rules.get("ar", ()), *rules.get("en", ())], spaced=True)
    return re.compile(
        r"(?<![^\W\d_])(?:" + words + r")(?:\s+[^\s,،.;:؛]+){0,4}?\s+(?:since|منذ)\s+(?:(?:عام|العام|سنة|the\s+year)\s+)?\Z",
        re.IGNORECASE,
    )


def dates_a_lasting_state(text: str, date: TimeMention, trigger: tuple[int, int]) -> bool:
    """Whether the time begins a state a participle of lasting leads, and the event word at
    `trigger` lies outside that state's phrase (its noun right before the participle, up to the time)."""
    m = load_lasting_states().search(text, max(0, date.start - _REACH - 30), date.start)
    if m is None or _ASIDE_BEFORE.search(text, max(0, m.start() - 3), m.start()):
        # "اعتصام أنصار الشيخ، المستمر أمام منزله منذ يونيو 2016": an aside on the deed told before
        # it, which dates that deed (continuing_since.py)
        return False
    if m.start() <= trigger[0] < date.end:
        return False
    return not (trigger[1] <= m.start() and _the_noun_s_own_words(text[trigger[1] : m.start()]))


def _the_noun_s_own_words(between: str) -> bool:
    """Whether the words between an event noun and the participle are that noun's own: at most
    `_NOUN_WORDS`, with no mark of a clause, in Arabic each a definite adjective or a phrase with
    the article (الاحتجاجات الشعبية الواسعة المستمرة، الاحتجاجات المناهضة للحكومة المستمرة), not a
    new noun (المعاهدة رسمياً حالة العداء القائمة)."""
    words = between.split()
    if len(words) > _NOUN_WORDS or re.search(r"[,،.;:؛]", between):
        return False
    return all(w.isascii() or w.startswith(_DEFINITE) for w in words)
