"""An event told as the outcome of the one before it in its clause, by a verb of an ending and
`ب` (`اندلعت مواجهات ... استمرت يومين وانتهت بهدنة`, `اختتمت المحادثات باتفاق`) or, in English,
in or with ("mass demonstrations in October 2015 that ended in clashes with riot police"): the
fight or the talks ended in the truce or the deal, which is an event of its own beside the
first, not a circumstance of it, nor the sentence's only event."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _CLAUSE_BREAK, _Candidate
from events.text.lazy import LazyPattern


@lru_cache(maxsize=4)
def load_outcome_verb(path: Path = ASSEMBLY_RULES, language: str = "ar") -> re.Pattern[str]:
    """A search, anchored at the end of the searched text, for a verb of an ending
    (data/assembly.json `outcome_verbs`, by language) and at most `outcome_verbs.words` words after it."""
    rules = load_assembly_rules(path).get("outcome_verbs", {})
    verbs = alternation(rules.get(language, ()), spaced=True)
    words = int(rules.get("words", 0))
    word = r"[\w-]+" if language == "ar" else r"[\w.'-]+"  # "the U.S.-brokered Dayton peace accords"
    return re.compile(r"(?<!\w)(?:" + verbs + r")(?:\s+" + word + r"){0," + str(words) + r"}\s+$", re.IGNORECASE)


# a relative aside opened after a comma ("، التي قتل فيها"): it describes the noun before it
_AR_RELATIVE_ASIDE = LazyPattern(r"[،,]\s*(?:التي|الذي|اللذين|اللتين|الذين|اللاتي)\s+(?:[^\s،,.]+\s+){0,2}\Z")


def _told_as_outcome(text: str, cand: _Candidate, first: _Candidate) -> bool:
    """Whether the event word of `cand` follows a verb of an ending after the sentence's main
    event word `first`: the Arabic word with `ب` joined to it ("وانتهت بهدنة"), the English one
    after in or with ("that ended in clashes")."""
    start = cand.trigger[0]
    if first.trigger[1] > start:
        return False
    lo = max(first.trigger[1], start - 80)
    if text[start : start + 1] == "ب":
        ending = load_outcome_verb().search(text, lo, start)
        # «الحرب البوسنية، التي قتل فيها 100 ألف، انتهت باتفاق دايتون»: the war's ending, not that of
        # the killing its relative aside tells, as in English
        return ending is not None and not (
            _AR_RELATIVE_ASIDE.search(text, max(first.sentence[0], first.trigger[0] - 40), first.trigger[0]) is not None
            and _CLAUSE_BREAK.search(text, first.trigger[1], ending.start()) is not None
        )
    if not text[start : start + 1].isascii():
        return False
    ending = load_outcome_verb(language="en").search(text, lo, start)
    # "the war, in which 100,000 people were killed, ended with the accords": the war's ending,
    # not the killing's; the deed it ends is told in its own clause, no comma between
    return ending is not None and _CLAUSE_BREAK.search(text, first.trigger[1], ending.start()) is None
