"""An agreement whose object is ties restored ("agreed last month to reopen embassies",
"اتفقت السعودية وسوريا على إعادة فتح السفارتين"): the deed agreed is the restoration, told by
its own word, and the word of agreeing tells no second event (`settled_links` of
data/assembly.json: the words that join the two, to, على)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import TriggerMention

_REACH = 50  # characters between the word of agreeing and the word of the restoration
_BREAK = re.compile(r"[,.;:،؛]")


@lru_cache(maxsize=4)
def load_settled_links(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A link word (`settled_links`) right before the end of the searched span."""
    words = load_assembly_rules(path).get("settled_links", ())
    return re.compile(r"(?<![^\W\d_])(?:" + alternation(words) + r")\s+$")


def agreed_restoration(text: str, t: TriggerMention, triggers: Sequence[TriggerMention]) -> bool:
    """Whether the agreement word `t`, a verb in the past, has for its object an asserted
    restoration of ties named a few words after it, in its clause, after a link word."""
    if t.event_type != "agreement" or t.tense != "past":
        return False  # a verb of agreeing in the past; a noun ("reached an agreement that ...") names a deal
    for r in triggers:
        if r.event_type == "relations" and r.modality == "asserted" and t.end <= r.start <= t.end + _REACH:
            between = text[t.end : r.start]
            if not _BREAK.search(between) and load_settled_links().search(between):
                return True
    return False
