"""Clauses that tell an event as the time of another: a deed retold after a subordinator
of time (حين زار ترامب الرياض, when the premier met Biden) is of before the sentence's own time.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.dating import _PAST_VERB
from events.assemble.onsets import _in_onset_when_clause
from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str


@lru_cache(maxsize=4)
def load_time_clause_words(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search, over folded text, for a subordinator of time (data/assembly.json
    `time_clause_words`) ending right before the word after it, with و/ف or not."""
    alternatives = alternation(fold_str(w) for w in load_assembly_rules(path).get("time_clause_words", ()))
    return re.compile(r"(?<!\S)[وف]?(?:" + alternatives + r")\s+$")


_TIME_CLAUSE_REACH = 12  # characters before the event word searched for the subordinator


def _in_time_clause(text: str, cand: _Candidate) -> bool:
    """Whether an Arabic verb in the past is the first word of a clause of time (`حين زار`,
    `عندما التقى`): the deed it tells sets the time of another, and happened before it."""
    if cand.tense != "past":
        return False
    start = cand.trigger[0]
    before = fold_str(text[max(cand.sentence[0], start - _TIME_CLAUSE_REACH) : start])
    return load_time_clause_words().search(before) is not None


# "عندما فرقت اعتصاما": the object of the past verb of a clause of time, a few words on
_OBJECT_REACH = 4  # words from the subordinator to the event noun
_VERB_SUBORDINATORS = frozenset({"حين", "حينما", "عندما"})  # folded; `لدى`, `إبان` take a noun, not a verb


def _object_in_time_clause(text: str, cand: _Candidate) -> bool:
    """Whether an Arabic event noun is in a clause of time opened by a verb in the past
    (`عندما فرقت قوات الأمن اعتصاما`): the deed it tells happened before the sentence's time."""
    if cand.tense or not cand.trigger_text[:1].isalpha():
        return False
    before = text[max(cand.sentence[0], cand.trigger[0] - 80) : cand.trigger[0]]
    words = fold_str(before).split()[-_OBJECT_REACH:]
    for i, word in enumerate(words[:-1]):
        if word.lstrip("وف") in _VERB_SUBORDINATORS and not any(_CLAUSE_MARK.search(w) for w in words[i:]):
            return _looks_past(words[i + 1])
    return False


_CLAUSE_MARK = LazyPattern(r"[،,;؛:.!?؟()\"«»]")


def _looks_past(word: str) -> bool:
    """Whether an Arabic verb has the form of the past, not of the present or the future: no
    prefix of person (ي، ن، س), and a ت at its start only with a ت at its end (تدخلت)."""
    if not word or word[0] in "ينس" or word in ("كان", "كانت"):
        return False
    return word[0] != "ت" or word.endswith("ت")


# "When Saudi Crown Prince Mohammed bin Salman visited Washington, he ...", "..., when the two
# leaders met in Paris": a clause opened by 'when', at the sentence's start or after a comma,
# running on to the event word with no comma between
_WHEN_CLAUSE = LazyPattern(r"(?:^\W*|,\s+)when\s+(?P<clause>[^,;:()\"“”]*)$", re.IGNORECASE)
# irregular verbs of the event types beside the common past forms of `_PAST_VERB`
_PAST_VERB_WORD = LazyPattern(
    r"(?<!\w)(?:" + _PAST_VERB + r"|(?:met|sent|hit|shot|cut|spoke|flew|swept|stood|overthrew)(?!\w))", re.IGNORECASE
)


def _in_when_clause(text: str, cand: _Candidate) -> bool:
    """Whether an English event word stands in a clause opened by 'when' whose verb is in the
    past, the event word itself or one before it ("When Imamoglu visited the district to meet
    residents, he promised new schools"; "When the premier met Biden at the White House, the two
    discussed ..."). With no date anywhere in its sentence (the caller's test) the clause retells
    an earlier event as the setting of another: not the day's news."""
    s, start = cand.sentence[0], cand.trigger[0]
    if not text[start : start + 1].isascii():
        return False
    m = _WHEN_CLAUSE.search(text[s:start])
    if m is None:
        return False
    return _PAST_VERB_WORD.search(m.group("clause")) is not None or _PAST_VERB_WORD.match(text, start) is not None


def _retold_in_time_clause(text: str, cand: _Candidate) -> bool:
    """Whether the event is told in a clause of time, in Arabic or in English (above)."""
    return (
        _in_time_clause(text, cand)
        or _object_in_time_clause(text, cand)
        or _in_when_clause(text, cand)
        or _in_onset_when_clause(text, cand)
    )
