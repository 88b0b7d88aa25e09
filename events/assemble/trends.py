"""An attack's word right after a word of a trend or a degree of violence tells violence over a
period, counted up or down, not one attack: "أعرب عن قلقه من تصاعد المعارك في اليمن", "تراجع
الهجمات في سيناء", "a rise in attacks on aid workers". A verb with a noun of degree is left to
its sentence: "وتصاعدت حدة المعارك قرب المطار" tells the fighting of the day.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.text.normalize import fold_str

_TREND_REACH = 60  # characters before the attack's word within which its trend is read


@lru_cache(maxsize=4)
def load_violence_trends(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search, over folded lower-cased text, for a word of a trend or a degree of violence
    (data/assembly.json `violence_trends`) ending right before the next word: an Arabic noun of
    a rise or a fall, perhaps with a noun of degree after it; an English noun of a rise or a fall or of degree with its preposition,
    perhaps with 'the'."""
    spec = load_assembly_rules(path)["violence_trends"]

    def words(key: str) -> str:
        return alternation([fold_str(w).lower() for w in spec.get(key, ())], spaced=True)

    degrees = words("ar_degrees")
    arabic = r"(?:" + words("ar_trends") + r")(?:\s+(?:" + degrees + r"))?"
    english = r"(?:" + words("en_trends") + r"|" + words("en_degrees") + r")(?:\s+the)?"
    return re.compile(r"(?<![^\s\"'«“(])[وفبل]?(?:" + arabic + r"|" + english + r")\s+[بلو]?$")


def told_as_a_trend(text: str, cand: _Candidate) -> bool:
    """Whether an attack's word comes right after a word of a trend or a degree of violence
    (`load_violence_trends`): violence over a period, no event of a day."""
    if cand.event_type != "attack":
        return False
    before = fold_str(text[max(cand.sentence[0], cand.trigger[0] - _TREND_REACH) : cand.trigger[0]]).lower()
    return load_violence_trends().search(before) is not None
