"""A catalogued event named as the frame of another deed.

"تحت مظلة المبادرة الخليجية", "بموجب الاتفاق النووي", "لخرق القرار 2216", "under
the terms of the deal": the name after such a word is what another deed is done
within, under or against; and a deal talked about ("محادثات بشأن الاتفاق النووي",
"موقفها تجاه الاتفاق") is talked about for its terms. The sentence does not tell
the catalogued event itself (data/assembly.json `framed_names`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules


@lru_cache(maxsize=8)
def _framing_pattern(topical: bool) -> re.Pattern[str]:
    """A search for a framing word (with `topical`, a word of a topic too) and at most two
    words of the same clause, ending right before a name."""
    table = load_assembly_rules(ASSEMBLY_RULES).get("framed_names", {})
    words = [w for lang in ("ar", "en") for w in table.get(lang, ())]
    if topical:
        words += [w for lang in ("ar", "en") for w in table.get("topics", {}).get(lang, ())]
    return re.compile(
        r"(?<!\S)[وفبل]?(?:" + alternation(words, spaced=True) + r")(?:\s+[^\s.!?؟,،;:؛]+){0,2}\s+[بلك]?$",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _topical_types() -> frozenset[str]:
    table = load_assembly_rules(ASSEMBLY_RULES).get("framed_names", {})
    return frozenset(table.get("topics", {}).get("types", ()))


def framed_name(text: str, start: int, event_type: str) -> bool:
    """Whether the name of an `event_type` event beginning at `start` follows a framing word
    of its clause."""
    pattern = _framing_pattern(event_type in _topical_types())
    return pattern.search(text, max(0, start - 80), start) is not None
