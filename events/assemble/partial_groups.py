"""Some members of a group are not all of them.

"القرار الذي اتخذته عدد من الدول الخليجية", "some Gulf states cut ties": a group named after
a partitive quantifier (data/assembly.json `partial_groups`) stands for some of its members,
which the text does not name: none of its member states is a side on that mention's account
(the catalog, or the text, names the ones meant).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import ActorMention

_REACH = 24  # characters before a group's name in which its quantifier ends


@lru_cache(maxsize=4)
def load_partial_groups(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A partitive quantifier ending right before a name."""
    words = alternation(load_assembly_rules(path).get("partial_groups", ()), spaced=True)
    return re.compile(r"(?<!\w)(?:" + words + r")\s+(?:the\s+)?$", re.IGNORECASE)


def without_partial_groups(text: str, actors: list[ActorMention]) -> list[ActorMention]:
    """The actors, a group after a partitive quantifier with no members of its own."""
    quantifier = load_partial_groups()
    return [
        replace(a, members=()) if a.members and quantifier.search(text[max(0, a.start - _REACH) : a.start]) else a
        for a in actors
    ]
