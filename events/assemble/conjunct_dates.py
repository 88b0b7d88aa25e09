"""Two deeds listed with a date each ("including the capture of Afrin in 2018 and an offensive
east of the Euphrates in October 2019"): the date before "and" closes the first conjunct, so the
second deed takes the date after its own word. So in Arabic, after ثم or كما, or with و joined to
a verb in the past right after the date ("اعتقلت الشرطة ناشطين يوم الاثنين واحتجزت صحفيا يوم
الثلاثاء")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.past_verbs import past_verb
from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.temporal import TimeMention
from events.text.lazy import LazyPattern
from events.text.normalize import is_arabic

_WORDS_BETWEEN = 2  # words between the coordinator and the event word ("and a major offensive")


@lru_cache(maxsize=4)
def load_conjunct_openers(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match, right after a date, of a coordinator (data/assembly.json `conjunct_dates`: and,
    or) and up to two words, ending where the matched text ends."""
    words = load_assembly_rules(path).get("conjunct_dates", ())
    return re.compile(
        r"\s*,?\s+(?:" + alternation(words, spaced=True) + r")\s+(?:[^\s,;:.]+\s+){0," + str(_WORDS_BETWEEN) + r"}$",
        re.IGNORECASE,
    )


@lru_cache(maxsize=4)
def load_conjunct_openers_ar(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match, right after a date, of an Arabic coordinator (data/assembly.json
    `conjunct_dates_ar`: ثم، كما) and up to two words, ending where the matched text ends."""
    words = load_assembly_rules(path).get("conjunct_dates_ar", ())
    return re.compile(
        r"\s*،?\s*(?:" + alternation(words, spaced=True) + r")\s+(?:[^\s،,;:.؛]+\s+){0," + str(_WORDS_BETWEEN) + r"}$"
    )


_JOINED_AND = LazyPattern(r"\s+$")


_ARABIC_WORD = LazyPattern(r"[\u0621-\u064A]+")


def joined_second_verb(text: str, start: int, tense: str | None) -> bool:
    """Whether the Arabic event word at `start` is a verb in the past with و joined to it
    ("واحتجزت"), a coordinated verb of a clause of its own; a word the lexicon matched with no
    tense counts when it is one of its past verbs with an object pronoun ("وأعادتها", restored them)."""
    if not (text.startswith("و", start) and len(text) > start + 3 and is_arabic(text[start + 1])):
        return False
    if tense == "past":
        return True
    word = _ARABIC_WORD.match(text, start)
    return not tense and word is not None and past_verb(word.group())


def date_of_second_conjunct(
    text: str, trigger: tuple[int, int], chosen: TimeMention | None, own: Sequence[TimeMention], tense: str | None = None
) -> TimeMention | None:
    """The first date of `own` (the dates of the event word's clause) after the event word, when
    `chosen` stands before it and closes the conjunct before "and" (ثم، كما; or و joined to the
    event word, a verb in the past, `tense`); else None."""
    if chosen is None or chosen.end > trigger[0]:
        return None
    if (
        load_conjunct_openers().fullmatch(text, chosen.end, trigger[0]) is None
        and load_conjunct_openers_ar().fullmatch(text, chosen.end, trigger[0]) is None
        and not (joined_second_verb(text, trigger[0], tense) and _JOINED_AND.fullmatch(text, chosen.end, trigger[0]))
    ):
        return None
    return next((d for d in sorted(own, key=lambda d: d.start) if d.start >= trigger[1]), None)
