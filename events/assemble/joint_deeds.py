"""Two Arabic nouns of deeds of different types done to one person, the second joined by و
and carrying a pronoun that points back to the object of the first ("عزل الرئيس عمر البشير
واعتقاله", "إقالة الوزير وإحالته إلى التحقيق"): the subject did both, two events, as two
verbs in the past joined by و tell them; the weaker word is not a circumstance of the other
(the object pronouns of data/assembly.json `object_pronouns`)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.assemble.text import _Candidate
from events.text.lazy import LazyPattern
from events.text.normalize import is_arabic

_OBJECT_WORDS = 5  # words of the first deed's object: a title and a full name
_BREAK = LazyPattern(r"[،,.;:؛()\"«»]")


@lru_cache(maxsize=4)
def load_pronoun_endings(path: Path = ASSEMBLY_RULES) -> tuple[str, ...]:
    """The Arabic object pronouns an event noun may end in (`object_pronouns`), longest first."""
    rules = load_assembly_rules(path).get("object_pronouns", {})
    endings = {*rules.get("ar_masculine", ()), *rules.get("ar_feminine", ()), "هم", "هما"}
    return tuple(sorted(endings, key=len, reverse=True))


def done_to_one_person(text: str, cand: _Candidate, other: _Candidate) -> bool:
    """Whether two Arabic event nouns of different types tell deeds done to one person (above)."""
    if cand.event_type == other.event_type:
        return False
    first, second = sorted((cand, other), key=lambda c: c.trigger[0])
    if second.tense:
        return False  # the second deed is a noun with its pronoun; the first may read as a verb (عزل)
    if not (is_arabic(first.trigger_text[:1]) and is_arabic(second.trigger_text[:1])):
        return False
    word = second.trigger_text
    if not word.startswith("و") or " " in word or not word.endswith(load_pronoun_endings()):
        return False
    between = text[first.trigger[1] : second.trigger[0]]
    return _BREAK.search(between) is None and 1 <= len(between.split()) <= _OBJECT_WORDS
