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
from events.text.normalize import fold_str

_REACH = 40  # characters between the participle and since: the sides of the state ("بين البلدين")
# a comma right before the participle: an aside on the noun told before it
_ASIDE_BEFORE = re.compile(r"[,،]\s*\Z")
_ASIDE_WORDS = 6  # words between the deed's noun and the comma of an aside on it ("اعتصام أنصار الشيخ عيسى قاسم،")
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
    `trigger` lies outside that state's phrase (its noun before the participle, up to the time)."""
    m = load_lasting_states().search(text, max(0, date.start - _REACH - 30), date.start)
    if m is None or m.start() <= trigger[0] < date.end:
        return False
    if trigger[1] > m.start():
        return True
    between = text[trigger[1] : m.start()]
    if _ASIDE_BEFORE.search(between):
        # "اعتصام أنصار الشيخ، المستمر أمام منزله منذ يونيو 2016": an aside on the deed told right
        # before the comma, which it dates (continuing_since.py); not on a deed further back
        return not _the_noun_before_an_aside(between)
    return not _the_noun_s_own_words(between)


@lru_cache(maxsize=1)
def _state_nouns() -> frozenset[str]:
    """The nouns of a war or a wave of protests (`dated_onsets`), which head a state of their own."""
    rules = load_assembly_rules().get("dated_onsets", {})
    return frozenset(fold_str(w).lower() for w in (*rules.get("ar_nouns", ()), *rules.get("en_nouns", ())))


def _new_state_noun(word: str) -> bool:
    """Whether a word is the noun of another state (الحرب، النزاع), perhaps with و or the article."""
    folded = fold_str(word).lower().strip(".,،")
    nouns = _state_nouns()
    return folded in nouns or (folded[:1] in "وف" and folded[1:] in nouns)


def _the_noun_before_an_aside(between: str) -> bool:
    """Whether the words between an event noun and the comma of an aside are that noun's own: at
    most `_ASIDE_WORDS`, no other mark of a clause, no noun of another state."""
    words = between.rstrip(" ,،").split()
    if len(words) > _ASIDE_WORDS or re.search(r"[,،.;:؛]", between.rstrip(" ,،")):
        return False
    return not any(_new_state_noun(w) for w in words)


def _the_noun_s_own_words(between: str) -> bool:
    """Whether the words between an event noun and the participle are that noun's own: at most
    `_NOUN_WORDS`, with no mark of a clause, in Arabic each a definite adjective or a phrase with
    the article (الاحتجاجات الشعبية الواسعة المستمرة، الاحتجاجات المناهضة للحكومة المستمرة), not a
    new noun (المعاهدة رسمياً حالة العداء القائمة) nor the noun of another state (الهدنة اليمنية
    الحرب القائمة)."""
    words = between.split()
    if len(words) > _NOUN_WORDS or re.search(r"[,،.;:؛]", between):
        return False
    if any(_new_state_noun(w) for w in words):
        return False
    return all(w.isascii() or w.startswith(_DEFINITE) for w in words)
