"""An event word a phrase of coincidence introduces ("تزامنا مع زيارة ...", "بالتزامن مع
الزيارة") names the setting of its sentence's event, as "خلال" (during) does: a circumstance,
not the sentence's own event, which is the other event word of the sentence (the deal
announced, the agreement signed). "على هامش" (on the sidelines of) is left out: it most often
sets a statement, which is no event, so the setting is the only event the sentence tells.
An event word of another type than the sentence's own event, so introduced, happened too,
at the same time ("تصعيد للقصف الجوي، بالتزامن مع تعزيزات عسكرية", "coinciding with military
reinforcements"): the reinforcements are news of the sentence's day, not only its setting."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules

_REACH = 60  # characters before the event word that can hold the phrase and the words between


@lru_cache(maxsize=4)
def load_coincidence_phrases(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a phrase of coincidence (data/assembly.json `coincidence`) ending at most
    two words before the end of the text searched ("تزامنا مع اليوم الأول لزيارة")."""
    words = load_assembly_rules(path).get("coincidence", {}).get("phrases", ())
    return re.compile(
        r"(?<!\S)[وف]?(?:" + alternation(words, spaced=True) + r")"
        r"(?:\s+(?:a|an|the|his|her|its|their))?(?:\s+[^\s,،.;:؛]+){0,2}\s+$",
        re.IGNORECASE,
    )


def _coincident(text: str, start: int) -> bool:
    """Whether the event word at `start` follows a phrase of coincidence in its clause."""
    return load_coincidence_phrases().search(text, max(0, start - _REACH), start) is not None
