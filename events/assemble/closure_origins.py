"""Where a closure is: a state closing its own airspace, borders or ports to what comes from
elsewhere ("Tehran closed its airspace to flights from the Kurdistan Region", "أغلقت إيران
مجالها الجوي أمام الرحلات القادمة من إقليم كردستان") does so on its own ground: a place named
right after a word of origin (`closure_origins` of data/assembly.json: from, من) is where the
flights or the goods come from, a side but not the closure's place, which is the closing state's."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.candidates import _closure
from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import PlaceMention

_REACH = 12  # characters before the place searched for the word of origin


@lru_cache(maxsize=4)
def load_closure_origins(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A word of origin, perhaps with "the", ending where the place's name starts."""
    words = load_assembly_rules(path).get("closure_origins", ())
    return re.compile(r"(?<![^\W\d_])(?:" + alternation(words) + r")\s+(?:the\s+)?$", re.IGNORECASE)


def closure_origin(text: str, place: PlaceMention, trigger_text: str) -> bool:
    """Whether `place` is named as the origin of what a closure keeps out."""
    return _closure(trigger_text) and load_closure_origins().search(text, max(0, place.start - _REACH), place.start) is not None
