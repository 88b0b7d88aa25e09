"""Talks held on the sidelines of a gathering ("وفي نيويورك، بحث لافروف مع نظيره الأمريكي
كيري على هامش أعمال الجمعية العامة", "met his counterpart on the sidelines of the G20 summit
in Osaka"): the two came to the gathering, not the one to the other, and the talks are a
meeting, not the guest's visit to a host met in the host's own city (`sideline_talks` of
data/assembly.json). Not the sidelines of a visit or a tour ("على هامش زيارته للدوحة", "on the
sidelines of his visit"): that is the visit itself."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules


@lru_cache(maxsize=4)
def load_sideline_talks(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The phrases of the sidelines of a gathering, and the words of a trip right after them."""
    rules = load_assembly_rules(path).get("sideline_talks", {})
    phrases = alternation(rules.get("phrases", ()), spaced=True)
    trips = alternation(rules.get("trips", ()), spaced=True)
    return (
        re.compile(r"(?<![^\W\d_])[وف]?(?:" + phrases + r")\s+", re.IGNORECASE),
        re.compile(r"(?:(?:the|a|his|her|their|its)\s+)?(?:[وبل]?(?:" + trips + r"))(?![^\W\d_])", re.IGNORECASE),
    )


def on_the_sidelines(sentence: str) -> bool:
    """Whether the sentence sets what it tells on the sidelines of a gathering, not of a trip."""
    phrase, trip = load_sideline_talks()
    return any(trip.match(sentence, m.end()) is None for m in phrase.finditer(sentence))
