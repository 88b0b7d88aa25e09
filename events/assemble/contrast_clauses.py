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
from events.text.lazy import LazyPattern


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
    """`dates` less those told after the event word behind such an opener; after "but", only when
    its clause has a subject of its own that does not take the deed up (", but talks resumed in
    December"; not ", but were repulsed on Monday", ", but the attack was repelled on Monday")."""
    opener = load_arabic_contrast_openers() if language == "ar" else load_contrast_openers()
    kept = []
    for d in dates:
        m = None if d.start < trigger[1] else opener.search(text, trigger[1], d.start)
        if m is None or (m.group().rstrip().lower().endswith("but") and not _but_with_a_subject(text, m.end())):
            kept.append(d)
    return kept


# a subject of its own after "but": a determiner or a pronoun, a capitalised name, or a plural noun,
# then a word ("but talks resumed", "but the Pentagon said"); not a verb of the same subject ("but
# were repulsed on Monday") nor an adverb ("but only on Monday did ...")
_OWN_SUBJECT = LazyPattern(
    r"\s+(?:(?:the|a|an|this|that|its|his|her|their|they|he|she|we|it)\s+|[A-Z][\w'-]*\s+|(?!(?:was|has|is|as|thus|this|its)\s)[a-z]{3,}s\s+)",
)
# the subject taking up the deed told before: a determiner, a word or two, then a verb in the passive
# ("but the attack was repelled on Monday", "but the assault was beaten back")
_TAKEN_UP = LazyPattern(
    r"\s+(?:the|this|that|its)\s+(?:[^\W\d_]+\s+)?([^\W\d_]{4,})\s+(?:was|were|had\s+been)\s+[a-z]+(?:ed|en|wn)\b",
    re.IGNORECASE,
)


def _but_with_a_subject(text: str, after_opener: int) -> bool:
    """Whether the clause after "but" has a subject of its own that does not take up the deed
    before it: a clause of another doing, whose time is its own."""
    if _OWN_SUBJECT.match(text, after_opener) is None:
        return False
    # "attacked a base, but the attack was repelled", "but the assault was beaten back": the deed
    # told again, by its own word or another, borne in the passive
    return _TAKEN_UP.match(text, after_opener) is None
