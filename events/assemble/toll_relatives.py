"""A relative clause that tells how many an event word's deed killed or hurt ("a suicide bombing
in Kashmir that killed 40 paramilitary police on Feb. 14", «هجوم على مسجد الروضة الذي أسفر عن
مقتل 235 شخصا يوم الجمعة») tells of that deed: the time it gives is the deed's own, though a
place phrase stands between the word and the relative. The place phrase must open with a
preposition ("in Kashmir", «على مسجد»): after an object ("visited the site of the blast that
killed 12 on Monday", "struck a camp that killed ...") the clause may tell of another thing."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules


@lru_cache(maxsize=4)
def _patterns(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """data/assembly.json `toll_relatives`: the toll's verbs right after the relative word, and
    the place phrase (a preposition and a few words) allowed between the event word and it."""
    rules = load_assembly_rules(path)["toll_relatives"]
    verbs = alternation(rules["verbs"], spaced=True)
    auxiliaries = alternation(rules["auxiliaries"], spaced=True)
    prepositions = alternation(rules["prepositions"], spaced=True)
    toll = re.compile(
        r"\s*(?:(?:" + auxiliaries + r")\s+)?(?:" + verbs + r")(?![^\W\d_])", re.IGNORECASE
    )
    place = re.compile(
        r"(?:(?:" + prepositions + r")(?:\s+[^\s,،.;:؛]+){1," + str(int(rules["place_words"])) + r"})?",
        re.IGNORECASE,
    )
    return toll, place


def tells_its_toll(quote: str, between: str, relative_end: int) -> bool:
    """Whether the relative clause ending at `relative_end` in `quote` tells the toll of the
    event word before it, `between` (stripped) the words between the two."""
    toll, place = _patterns()
    return place.fullmatch(between) is not None and toll.match(quote, relative_end) is not None
