"""A reception the sentence itself names as a meeting, in a setting set off by a comma after it
("وكان أردوغان قد استقبل السراج في إسطنبول منتصف الشهر الماضي، في لقاء لم يعلن عنه مسبقا",
"received the envoy in Cairo, in a meeting that was not announced"): the text tells the
encounter as talks between the two, and it is a meeting, not the guest's visit to a host met in
the host's own city (`named_meetings` of data/assembly.json). As with contacts hosted by a third
state (data/triggers.json), the noun the sentence gives the encounter decides its type."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate


@lru_cache(maxsize=4)
def load_named_meetings(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a comma, a preposition of setting (`prepositions`) and an indefinite noun of
    a meeting (`nouns`) as a whole word."""
    rules = load_assembly_rules(path).get("named_meetings", {})
    prepositions = alternation(rules.get("prepositions", ()), spaced=True)
    nouns = alternation(rules.get("nouns", ()), spaced=True)
    return re.compile(
        r"[,،]\s*(?:" + prepositions + r")\s+(?:" + nouns + r")(?![^\W\d_])", re.IGNORECASE
    )


def named_as_a_meeting(text: str, cand: _Candidate) -> bool:
    """Whether the reception's sentence, in a setting past a comma, names it as a meeting (the
    noun may be the event word itself: "received the envoy, in a meeting ...")."""
    return load_named_meetings().search(text, cand.sentence[0], cand.sentence[1]) is not None
