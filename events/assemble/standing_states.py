"""A state told by a weak word with when it began ("the RSF, which had controlled the eastern
bank since the war began", "has led a coalition in Yemen since March 2015"): one event at its
onset when it is its sentence's only event word; beside a stronger event word of the sentence
it is that word's background and gives way to it."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import WEAK_TRIGGER, _Candidate


@lru_cache(maxsize=4)
def load_standing_since(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match, from the end of the event word, of at most `words` words with no punctuation
    and the word that opens the time the state began (data/assembly.json `standing_states`)."""
    rules = load_assembly_rules(path).get("standing_states", {})
    words = int(rules.get("words", 6))
    return re.compile(
        r"(?:\s+[^\s,;:.!?()]+){0,"
        + str(words)
        + r"}?\s+(?:"
        + alternation(rules.get("since", ()), spaced=True)
        + r")(?!\w)",
        re.IGNORECASE,
    )


def _a_standing_state(text: str, cand: _Candidate) -> bool:
    """Whether a weak event word is followed, within its clause, by the word of a state's
    onset ("controlled ... since"): a state told as lasting, no deed of the day."""
    if cand.weight >= WEAK_TRIGGER or cand.reference_id is not None:
        return False
    return load_standing_since().match(text, cand.trigger[1], cand.sentence[1]) is not None
