"""A sentence that opens on a decision or a step of an event already told ("ويأتي قرار فتح
المعبر بعد ...", "وتأتي خطوة إغلاق الحدود"): it speaks of that event, it tells no new one.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.text.normalize import fold_str


@lru_cache(maxsize=4)
def load_opening_heads(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search, over folded text ending right before an event word, for a sentence opening on
    a verb of coming (يأتي، تأتي، جاء) and a noun of a decision or a step (data/assembly.json
    `opening_heads`: قرار، خطوة) that the event word is annexed to."""
    words = {fold_str(w) for w in load_assembly_rules(path).get("opening_heads", ())}
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"
    verbs = "|".join(fold_str(w) for w in ("تأتي", "يأتي", "جاءت", "جاء"))
    return re.compile(r"(?:^|[.!?؟\n]\s*)[وف]?(?:" + verbs + r")\s+(?:" + alternatives + r")\s+$")


_OPENING_REACH = 30  # characters before the event word searched


def _opens_on_its_decision(text: str, start: int) -> bool:
    """Whether the sentence opens on a decision or step that the event word at `start` is
    annexed to ("ويأتي قرار فتح المعبر"): the event told before, spoken of again."""
    lo = max(0, start - _OPENING_REACH)
    return load_opening_heads().search(fold_str(text[lo:start])) is not None
