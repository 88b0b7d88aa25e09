"""Two deeds of one sentence joined by a clause of time ("وكانت الاحتجاجات قد بدأت في 8 يوليو
عندما فتحت قوات الأمن النار على متظاهرين", "the protests began on July 8 when security forces
opened fire on demonstrators"): the deed of the main clause and the one of the clause of time,
told by its verb in the past, are both events; neither is a circumstance the other takes in."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _CLAUSE_BREAK, _Candidate

_WORDS_BETWEEN = 4  # words between the word of time and the verb ("when Iraqi security forces opened fire")


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
