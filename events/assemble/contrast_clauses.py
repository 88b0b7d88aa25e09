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
    """`dates` less those told after the event word behind such an opener, unless the clause takes
    the deed up as its subject (", although the attack was repelled on Tuesday"); after "but",
    only when its clause has a subject of its own (", but talks resumed in December"; not ", but
    were repulsed on Monday")."""
    opener = load_arabic_contrast_openers() if language == "ar" else load_contrast_openers()
    kept = []
    for d in dates:
        m = None if d.start < trigger[1] else opener.search(text, trigger[1], d.start)
        if (
            m is None
            or _takes_up_the_deed(text, m.end(), trigger)
            or (m.group().rstrip().lower().endswith("but") and _OWN_SUBJECT.match(text, m.end()) is None)
        ):
            kept.append(d)
    return kept


# a subject of its own after "but": a determiner or a pronoun, a capitalised name, or a plural noun,
# then a word ("but talks resumed", "but the Pentagon said"); not a verb of the same subject ("but
# were repulsed on Monday") nor an adverb ("but only on Monday did ...")
_OWN_SUBJECT = LazyPattern(
    r"\s+(?:(?:the|a|an|this|that|its|his|her|their|they|he|she|we|it)\s+|[A-Z][\w'-]*\s+|(?!(?:was|has|is|as|thus|this|its)\s)[a-z]{3,}s\s+)",
)
# the subject of a clause that takes up a deed told before it: a determiner and a word or two
_TAKEN_UP = LazyPattern(r"\s+(?:the|this|that|its)\s+(?:[^\W\d_]+\s+)?([^\W\d_]{4,})", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_taken_up_deeds(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], tuple[str, ...]]:
    """(nouns of an armed deed that take up one told before; the starts of the event words such a
    noun may take up: an armed deed's or its doers', not "recalled its envoy, while the strikes on
    Gaza went on on Monday") (data/assembly.json `taken_up_deeds`)."""
    rules = load_assembly_rules(path).get("taken_up_deeds", {})
    return frozenset(w.lower() for w in rules.get("nouns", ())), tuple(w.lower() for w in rules.get("heads", ()))


def _takes_up_the_deed(text: str, after_opener: int, trigger: tuple[int, int]) -> bool:
    """Whether the clause after the opener has for subject a noun of the event word's own stem or
    a noun of an armed deed ("attacked a base, but the attack was repelled on Monday"): the deed
    told again, whose time its clause gives."""
    m = _TAKEN_UP.match(text, after_opener)
    if m is None:
        return False
    noun = m.group(1).lower()
    head = text[trigger[0] : trigger[1]].split()[-1].lower()
    nouns, heads = load_taken_up_deeds()
    return (noun in nouns and head.startswith(heads)) or (len(head) >= 5 and noun[:5] == head[:5])
