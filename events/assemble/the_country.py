"""A deed of a state's own doing (`home_country_types`: an election, an arrest, a protest) told in
a sentence that names no country but "the country" itself, with no name ("Bazoum, elected in 2021
in the country's first peaceful handover of power", «انتخب عام 2021 في أول تداول سلمي للسلطة في
البلاد»): that country is the one the article speaks of, the state it opens with (its dateline,
`_spoken_of_country`), even when no country leads the article by a clear margin; not a country
named last before the deed, nor one named often only as a foreign party (`the_country` of
data/assembly.json)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.parties import load_home_types
from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate


@lru_cache(maxsize=4)
def load_the_country(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A word for the country with no name, after an Arabic preposition or conjunction or none,
    followed by no name or adjective ("the country of origin", "البلاد العربية" are other things)."""
    words = alternation(load_assembly_rules(path).get("the_country", {}).get("words", ()), spaced=True)
    return re.compile(
        r"(?<![\w-])(?:[وف]?(?:[بل]|لل))?(?:" + words + r")(?![\w-])(?!\s+(?:ال|[A-Z]|of\s))", re.IGNORECASE
    )


def of_the_country(text: str, cand: _Candidate) -> bool:
    """Whether the candidate, a deed of a state's own doing, is told in a sentence that speaks of
    "the country" with no name."""
    if cand.event_type not in load_home_types():
        return False
    s, e = cand.sentence
    return load_the_country().search(text, s, e) is not None


@lru_cache(maxsize=4)
def _load_many_lands(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A word for the country followed by an Arabic adjective (البلاد الأفريقية، البلاد العربية)."""
    words = alternation(load_assembly_rules(path).get("the_country", {}).get("words", ()), spaced=True)
    return re.compile(r"(?<![\w-])(?:[وف]?(?:[بل]|لل))?(?:" + words + r")\s+ال", re.IGNORECASE)


def names_many_lands(text: str, sentence: tuple[int, int]) -> bool:
    """Whether the sentence speaks of the country word with an adjective after it («في عدد من
    البلاد الأفريقية»): a region of many states, not the one the article is about."""
    return _load_many_lands().search(text, *sentence) is not None
