"""Where a deed of sending or travelling took place: the destination its verb or noun reaches
through a word of "to", past the sent thing or the traveller named between."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.model import PlaceMention
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str

# the object or the subject told between the word of the deed and its "to" ("إرسال قوات تركية
# إلى ليبيا", "توجه الوزير إلى الأردن", "sent two warships to Qatar", "a visit by the minister
# to Jordan"): no word of another setting or of origin, and no punctuation, between
_THEN_TO = LazyPattern(
    r"\s+(?:(?!(?:in|from|at|on|of|and|via|through|في|من|عن|بين|عبر)\s)[^\s،,.;:()«»\"]+\s+){0,6}"
    r"(?:to|إلى|الى)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def destination_after(
    text: str, places: Sequence[PlaceMention], trigger: tuple[int, int], place: PlaceMention | None
) -> PlaceMention | None:
    """The first place reached through "to" after the words that follow the deed's word, when
    the place read for the deed is of another country: the sender's or the traveller's own
    country, named as the nationality of the troops or the visitor, is not where it happened.
    Not a country that names the owner of what follows it ("to Qatar's border")."""
    for p in places:
        if p.start <= trigger[1] or not _THEN_TO.fullmatch(text, trigger[1], p.start):
            continue
        if text.startswith(("'s", "’s"), p.end):
            return None
        return p if place is None or place.country != p.country else None
    return None


@lru_cache(maxsize=4)
def load_authorising(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], int]:
    """(words of approving or authorising, folded; how many words before the deed's word they reach)."""
    rules = load_assembly_rules(path).get("authorised_sendings", {})
    return frozenset(fold_str(w).lower() for w in rules.get("words", ())), int(rules.get("reach", 0))


def authorised(text: str, trigger: tuple[int, int]) -> bool:
    """The word of troops or aid sent is what a word of approving or authorising before it, in
    its clause, governs ("the parliament approved sending troops to Libya", "فوض البرلمان الحكومة
    إرسال قوات"): the deed told is the approval, not the sending."""
    words, reach = load_authorising()
    before = re.split(r"[،,.;:()«»\"\n]", text[max(0, trigger[0] - 200) : trigger[0]])[-1].split()
    for word in before[-reach:] if reach else ():
        folded = fold_str(word).lower()
        if folded in words or (folded[:1] in "وبل" and folded[1:] in words):
            return True
    return False
