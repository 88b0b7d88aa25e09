"""A time that is the object of a verb of describing or deeming ("واصفا ليلة أمس بأنها وصمة سوداء",
"describing last night as a black stain"), then what it is described as: the speaker tells what that time was, and it dates
no deed of the sentence (data/assembly.json `describing_verbs`)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import TimeMention
from events.text.lazy import LazyPattern


@lru_cache(maxsize=4)
def load_describing_verbs(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A verb of describing or deeming ending right before a time (`describing_verbs`)."""
    words = load_assembly_rules(path).get("describing_verbs", ())
    return re.compile(r"(?<!\w)(?:" + alternation(words) + r")\s+$", re.IGNORECASE)


# what follows the object of describing: بأنها، بالـ، as
_AS = LazyPattern(r"\s*(?:ب|as\s)", re.IGNORECASE)


def described_time(text: str, d: TimeMention) -> bool:
    """Whether the time `d` stands right after a verb of describing and before what it is
    described as (بأنها، as), as that verb's object."""
    return _AS.match(text, d.end) is not None and load_describing_verbs().search(text, max(0, d.start - 24), d.start) is not None
