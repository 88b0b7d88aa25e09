"""An English past participle that follows "those" or a definite plural noun and is followed by
that phrase's own verb ("Those targeted include the president's wife"; "many of the vessels
attacked have no link to Israel") names people or things by a deed done to them: a reduced
relative clause, no deed of its sentence. With no date in its sentence it makes no event
(data/assembly.json `participle_nouns`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import TimeMention


@lru_cache(maxsize=4)
def load_participle_nouns(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """A search for "those" or "the" and a plural noun right before the participle, a match for
    the verb after it (`verbs`), and the irregular participles."""
    rules = load_assembly_rules(path).get("participle_nouns", {})
    before = re.compile(r"(?<![\w-])(?:those|the\s+[a-z]{3,}s)\s+$", re.IGNORECASE)
    after = re.compile(r"\s+(?:" + alternation(rules.get("verbs", ())) + r")(?![\w-])", re.IGNORECASE)
    return before, after, frozenset(w.lower() for w in rules.get("irregular", ()))


def a_participle_noun(text: str, cand: _Candidate, dates: Sequence[TimeMention]) -> bool:
    """Whether a one-word English event word in -ed (or an irregular participle) stands after
    "those" or a definite plural noun and before the phrase's verb, in a sentence with no date."""
    word = text[cand.trigger[0] : cand.trigger[1]]
    if dates or not word.isascii() or not word.isalpha() or cand.reference_id is not None:
        return False
    before, after, irregular = load_participle_nouns()
    lowered = word.lower()
    if not (lowered.endswith("ed") or lowered in irregular):
        return False
    if after.match(text, cand.trigger[1], cand.sentence[1]) is None:
        return False
    return before.search(text, max(cand.sentence[0], cand.trigger[0] - 30), cand.trigger[0]) is not None
