"""Two deeds of one sentence joined by a clause of time ("وكانت الاحتجاجات قد بدأت في 8 يوليو
عندما فتحت قوات الأمن النار على متظاهرين", "the protests began on July 8 when security forces
opened fire on demonstrators"): the deed of the main clause and the one of the clause of time,
told by its verb in the past, are both events; neither is a circumstance the other takes in."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _CLAUSE_BREAK, _Candidate
from events.model import TimeMention

_WORDS_BETWEEN = 4  # words between the word of time and the verb ("when Iraqi security forces opened fire")
_CLAUSE_DATE_WORDS = 8  # words between the word of time and its clause's date ("when they met in Istanbul on Jan. 8")
_COMMA = re.compile(r"[,،;؛]")


@lru_cache(maxsize=4)
def load_when_clause(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search, anchored at the end of the searched text, for a word of data/assembly.json
    `when_dates` and at most four words after it."""
    words = load_assembly_rules(path).get("when_dates", ())
    return re.compile(
        r"(?<![^\W\d_])(?:" + alternation(words, spaced=True) + r")\s+(?:[^\s,،;:.]+\s+){0," + str(_WORDS_BETWEEN) + r"}$",
        re.IGNORECASE,
    )


def _joined_by_a_clause_of_time(text: str, cand: _Candidate, first: _Candidate) -> bool:
    """Whether, of the candidate and the sentence's main event word, the later is a verb in the
    past opening a clause of time after the earlier one, with no other clause between."""
    earlier, later = sorted((cand, first), key=lambda c: c.trigger[0])
    if later.tense != "past" or earlier.trigger[1] > later.trigger[0]:
        return False
    found = load_when_clause().search(text, earlier.trigger[1], later.trigger[0])
    if found is None:
        return False
    return _CLAUSE_BREAK.search(text, found.end(), later.trigger[0]) is None


def dated_in_its_time_clause(text: str, cand: _Candidate, main: _Candidate, dates: Sequence[TimeMention]) -> TimeMention | None:
    """The date of the candidate's own clause of time, when it is the verb in the past opening a
    clause of time after the main event word and a date follows it in that clause ("A truce
    called for by Putin and Erdogan when they met in Istanbul on Jan. 8 took effect on Sunday"):
    the meeting is a deed of its own on that date, which the truce does not take in."""
    if cand.trigger[0] < main.trigger[0] or not _joined_by_a_clause_of_time(text, main, cand):
        return None
    stop = _CLAUSE_BREAK.search(text, cand.trigger[1], cand.sentence[1])
    end = stop.start() if stop is not None else cand.sentence[1]
    return next((d for d in dates if cand.trigger[1] <= d.start and d.end <= end), None)


@lru_cache(maxsize=4)
def load_when_word(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a word of data/assembly.json `when_dates` that opens a clause of time."""
    words = load_assembly_rules(path).get("when_dates", ())
    return re.compile(r"(?<![^\W\d_])[وف]?(?:" + alternation(words, spaced=True) + r")(?![^\W\d_])", re.IGNORECASE)


def outside_time_clauses(
    text: str, dates: Sequence[TimeMention], trigger: tuple[int, int], sentence: tuple[int, int]
) -> list[TimeMention]:
    """`dates` less the first one of a clause of time opened after the event word, within
    `_CLAUSE_DATE_WORDS` words of its opener and no comma between, when the main clause's own
    date follows it with no comma between: "A truce called for by Putin and Erdogan when they met in Istanbul on Jan. 8 took
    effect on Sunday" took effect on Sunday; Jan. 8 is the day of the meeting the clause tells."""
    found = load_when_word().search(text, trigger[1], sentence[1])
    if found is None:
        return list(dates)
    inner = next((d for d in dates if found.end() <= d.start < sentence[1]), None)
    if inner is None:
        return list(dates)
    between = text[found.end() : inner.start]
    if _COMMA.search(between) or len(between.split()) > _CLAUSE_DATE_WORDS:
        return list(dates)
    outside = [d for d in dates if d is not inner]
    # the main clause's own date follows the clause of time's with no comma between ("on Jan. 8 took
    # effect on Sunday"); a day after a comma may be a saying's ("on Monday, police said on Tuesday")
    goes_on = any(inner.end <= d.start < sentence[1] and not _COMMA.search(text, inner.end, d.start) for d in outside)
    return outside if goes_on else list(dates)
