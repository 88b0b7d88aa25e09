"""A meeting told only as the setting of what a speaker said ("وأضاف على هامش لقاء نظمه المكتب
الجهوي للحركة"، "في كلمة له خلال اجتماع مع علماء إيران"، "speaking on the sidelines of a party
meeting") is the venue of the words, not news of talks, when it names no party of another
country and the catalog knows no such gathering. The words that open such a setting live in
data/assembly.json (`speech_settings`)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.text.normalize import fold_str


@lru_cache(maxsize=4)
def load_speech_settings(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match, over folded lower-cased text, of a word opening a speaker's setting
    (`speech_settings.openers`) and at most two words more ("on the sidelines of a party
    meeting") ending right before the meeting's word."""
    openers = [fold_str(w).lower() for w in load_assembly_rules(path)["speech_settings"]["openers"]]
    return re.compile(
        r"(?<![\w\u064b-\u0652])[وف]?(?:" + alternation(openers, spaced=True) + r")(?:\s+[^\s,.،:;؛]+){0,2}\s+$", re.IGNORECASE
    )


def told_as_speech_setting(text: str, cand: _Candidate, countries: list[str]) -> bool:
    """Whether a meeting is the setting of a speaker's words with at most one country of its own."""
    if cand.event_type != "meeting" or cand.reference_id is not None or len(set(countries)) > 1:
        return False
    before = fold_str(text[max(cand.sentence[0], cand.trigger[0] - 40) : cand.trigger[0]]).lower()
    return load_speech_settings().search(before) is not None
