"""An English clause of contrast or of time beside the event's own, opened after a comma by one of
`contrast_clauses_en` of data/assembly.json (", even as residents reported air strikes on
Sunday", ", while police arrested dozens on Monday"): it tells another doing with a subject of its
own, and a date inside it is that doing's, not the event's before it. So is an Arabic one opened
after a comma by a word of simultaneity (`continued_news.while_words`: "وتظاهر آلاف في برلين
تنديدا بالهجوم، فيما شهدت موسكو مساء أمس احتجاجات")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import TimeMention


@lru_cache(maxsize=4)
def load_contrast_openers(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a comma and one of the openers."""
    words = alternation(load_assembly_rules(path).get("contrast_clauses_en", ()), spaced=True)
    return re.compile(r",\s*(?:" + words + r")(?![^\W\d_])", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_arabic_contrast_openers(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a comma and one of the Arabic words of simultaneity, perhaps joined to و."""
    words = alternation(load_assembly_rules(path).get("continued_news", {}).get("while_words", ()), spaced=True)
    return re.compile(r"[،,]\s*و?(?:" + words + r")(?![^\W\d_])")


def outside_contrast_clauses(
    text: str, dates: Sequence[TimeMention], trigger: tuple[int, int], language: str = "en"
) -> list[TimeMention]:
    """`dates` less those told after the event word behind such an opener."""
    opener = load_arabic_contrast_openers() if language == "ar" else load_contrast_openers()
    return [d for d in dates if d.start < trigger[1] or opener.search(text, trigger[1], d.start) is None]
