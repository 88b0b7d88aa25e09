"""An event word in a relative clause opened right after the speaker's name ("قال الرئيس
روحاني، الذي أعيد انتخابه الشهر الماضي، إن ...", "Rouhani, who was re-elected last month,
said"): the clause is about the speaker, who is then a party of the event, not only its source."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules


@lru_cache(maxsize=4)
def _speaker_aside(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A relative clause opened right after the speaker's name, after a comma or none (a
    relative right after a definite name or title describes it: "قال الرئيس الإيراني الذي
    فاز بولاية ثانية إن ..."), up to the event word (data/assembly.json `speaker_asides`)."""
    words = load_assembly_rules(path)["speaker_asides"]
    return re.compile(r"\s*[،,]?\s*(?:" + alternation(words) + r")(?:\s+[^\s،,.]+){0,2}\s+$", re.IGNORECASE)


def on_the_speaker(text: str, speaker_end: int, trigger_start: int) -> bool:
    """Whether the event word stands in a relative clause on the speaker ("قال الرئيس روحاني،
    الذي أعيد انتخابه الشهر الماضي، إن ...", "Rouhani, who was re-elected last month, said"):
    the speaker is then the person the event is of, not only its source."""
    return _speaker_aside().match(text, speaker_end, trigger_start) is not None
