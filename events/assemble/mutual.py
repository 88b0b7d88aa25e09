"""Fighting between sides (معارك، اشتباكات، clashes): each side fights the other, so a telling
of it names no one doer that sets it apart from another telling of the same fighting.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.model import Event
from events.text.normalize import fold_str


@lru_cache(maxsize=4)
def load_mutual_fighting(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match, over a folded event word, for a noun of fighting between sides (data/assembly.json
    `mutual_fighting`), with و/ف, ب/ل and the article or not, and nothing after it but words."""
    words = {fold_str(w) for w in load_assembly_rules(path).get("mutual_fighting", ())}
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"
    return re.compile(r"[وف]?(?:[بل]|لل|بال)?(?:ال)?(?:" + alternatives + r")(?![^\W\d_])", re.IGNORECASE)


def _mutual(event: Event) -> bool:
    """Whether an attack is told by a noun of fighting between sides ("المعارك الدائرة", "clashes")."""
    return event.event_type == "attack" and load_mutual_fighting().match(fold_str(event.trigger)) is not None
