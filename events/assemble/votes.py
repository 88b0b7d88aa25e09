"""Votes told as cast: the ballots of soldiers or of voters abroad, cast days before the
country's catalogued election, are an early vote held that day, not the coming one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import TriggerMention
from events.text.normalize import fold_str


@lru_cache(maxsize=4)
def load_votes_cast(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search, over folded text, for a word that tells a vote as cast (data/assembly.json
    `votes_cast`: بأصواتهم، بصوته), as a whole word with the endings of person."""
    words = {fold_str(w) for w in load_assembly_rules(path).get("votes_cast", ())}
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"
    return re.compile(r"(?<![^\W\d_])(?:" + alternatives + r")(?:ه|ها|هم|هن|هما|نا)?(?![^\W\d_])")


def _votes_cast(cand: _Candidate, triggers: Iterable[TriggerMention]) -> bool:
    """Whether an election's sentence tells ballots being cast, by one of its asserted event
    words (`triggers`: "توافد الجنود إلى مراكز الاقتراع للإدلاء بأصواتهم", "أدلى بصوته"): the
    voting itself, held on the day it is told, though the catalog holds the country's election
    in the days ahead (an early vote of soldiers or of voters abroad)."""
    if cand.event_type != "election":
        return False
    cast = load_votes_cast()
    return any(
        t.event_type == "election" and t.modality == "asserted" and cast.search(fold_str(t.text)) is not None
        for t in triggers
    )
