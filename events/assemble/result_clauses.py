"""An event word in a clause of result set off by a comma after the sentence's main clause
("landed in Rabat on Tuesday, cementing a deal to normalise relations", "were killed on
Saturday, cutting off food aid to millions", "وصل الوفد إلى الرباط، ليعزز اتفاق التطبيع")
tells what the deed of the main clause brought about or meant. It never displaces the deed
of the main clause as the sentence's own event: a word of another type before the comma is
read first, and the word of the result is kept beside it only when it tells a deed of its
own on its own strength."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate, _clause
from events.model import TimeMention


@lru_cache(maxsize=4)
def load_result_openers(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match, right after the comma that opens a clause, of the word that makes it one of
    result (data/assembly.json `result_clauses`): an English participle in -ing not among
    `not_participles` (including, during, following ...), or one of the Arabic `openers`
    (مما، ما أدى، ليعلن ...)."""
    rules = load_assembly_rules(path).get("result_clauses", {})
    not_participles = alternation(rules.get("not_participles", ()))
    openers = alternation(rules.get("openers", ()), spaced=True)
    return re.compile(
        r"\s*(?:(?!(?:" + not_participles + r")\b)[a-z]{2,}ing\b|[وف]?(?:" + openers + r")(?!\w))"
    )


# closing quotation marks (and spaces) between a comma and the clause it opens
_CLOSING = frozenset(' "”»’\'')


def in_a_result_clause(
    text: str, cand: _Candidate, group: Sequence[_Candidate], deed: Callable[[_Candidate], bool] | None = None
) -> bool:
    """Whether the candidate's word stands in a clause of result opened by a comma, with a
    verb of another candidate of its sentence before that comma (a noun there, "seized the
    air base, capturing ...", may name a place and no deed), or with a candidate `deed` accepts."""
    lo, _ = _clause(text, cand.sentence, cand.trigger)
    k = lo - 1
    while lo < cand.trigger[0] and text[lo] in _CLOSING:
        lo += 1  # 'to "work toward ... peninsula," capping the first-ever meeting': the quote the comma closes
    if k <= cand.sentence[0] or text[k] not in ",،":
        return False
    if load_result_openers().match(text, lo, cand.trigger[1]) is None:
        return False
    return any(d is not cand and (deed(d) if deed else bool(d.tense)) and d.trigger[1] <= k for d in group)


@lru_cache(maxsize=4)
def load_ending_openers(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match, at the start of a clause (past closing quotes and spaces), of an opener of result
    that tells what the main deed ended (data/assembly.json `result_clauses.ending`)."""
    words = load_assembly_rules(path).get("result_clauses", {}).get("ending", ())
    return re.compile(r"[\s\"”»’']*[وف]?(?:" + alternation(words, spaced=True) + r")(?!\w)", re.IGNORECASE)


def in_a_clause_of_ending(text: str, cand: _Candidate) -> bool:
    """Whether the candidate's clause opens with an opener of ending (`load_ending_openers`)."""
    lo, _ = _clause(text, cand.sentence, cand.trigger)
    return load_ending_openers().match(text, lo, cand.trigger[0]) is not None


@lru_cache(maxsize=4)
def load_leading_phrases(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a verb of leading to a result (data/assembly.json `result_clauses` `leading`:
    paved the way for, led to, أفضى إلى، أدى إلى) ending at most three words before the end of
    the text searched."""
    words = load_assembly_rules(path).get("result_clauses", {}).get("leading", ())
    return re.compile(
        r"(?<!\S)[وف]?(?:" + alternation(words, spaced=True) + r")(?:\s+[^\s,،.;:؛]+){0,3}\s+$",
        re.IGNORECASE,
    )


def led_to(text: str, cand: _Candidate, other: _Candidate) -> bool:
    """Whether of two event words of one sentence the later one is what the earlier one's deed
    led to ("secret talks in 2013 that paved the way for the nuclear agreement", "اتفاق الدوحة
    الذي أفضى إلى انتخاب سليمان"): both deeds took place, each on a day of its own."""
    if cand.event_type == other.event_type:
        return False
    earlier, later = sorted((cand, other), key=lambda c: c.trigger[0])
    if earlier.trigger[1] > later.trigger[0]:
        return False
    lo = max(earlier.trigger[1], later.trigger[0] - _LEADING_REACH)
    return load_leading_phrases().search(text, lo, later.trigger[0]) is not None


_LEADING_REACH = 80  # characters before the later word that hold the verb of leading and the words between


def year_of_its_cause(text: str, cand: _Candidate, dates: Sequence[TimeMention], published: str | None) -> str | None:
    """The year of the deed an event word with no time of its own is told as the result of
    ("هبة نيسان عام 1989، حين اندلعت احتجاجات ...، وأفضت إلى استقالة حكومة زيد الرفاعي", "the
    2011 protests, which led to the resignation of the prime minister"): the year of the time
    nearest before the verb of leading, in the sentence, when that time is written out (a time
    told from now, "this month's protests", is left to the usual dating), not after the
    publication."""
    lo = max(cand.sentence[0], cand.trigger[0] - _LEADING_REACH)
    verb = load_leading_phrases().search(text, lo, cand.trigger[0])
    if verb is None:
        return None
    before = [d for d in dates if not d.recurring and cand.sentence[0] <= d.start and d.end <= verb.start()]
    if not before:
        return None
    nearest = max(before, key=lambda d: d.end)
    if nearest.basis != "explicit":
        return None
    year = nearest.value[:4]
    return year if published is None or year <= published[:4] else None
