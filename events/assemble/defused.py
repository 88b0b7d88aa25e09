"""An explosive's word a few words after a word of defusing, clearing, finding or seizing it
tells an explosive that never went off, no attack: "فككت قوات الأمن عبوة ناسفة", "بدأت الفرق
الهندسية تطهير المطار من الألغام والعبوات الناسفة", "police defused an explosive device".
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str

_REACH = 80  # characters before the explosive's word within which the word of defusing is read
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_PUNCT = LazyPattern(r"[،,;؛:.!?؟()\"«»]")
_CLITIC = LazyPattern(r"^[وفبل]?(?:ال)?")


class _Defused(NamedTuple):
    nouns: frozenset[str]
    verbs: re.Pattern[str]
    words: int


@lru_cache(maxsize=4)
def load_defused_explosives(path: Path = ASSEMBLY_RULES) -> _Defused:
    """The explosives' words, the words of defusing them and the reach in words between
    (data/assembly.json `defused_explosives`), folded and lower-cased."""
    spec = load_assembly_rules(path)["defused_explosives"]
    verbs = alternation([fold_str(w).lower() for w in spec.get("verbs", ())], spaced=True)
    return _Defused(
        frozenset(fold_str(w).lower() for w in spec.get("nouns", ())),
        re.compile(r"(?<!\w)[وفبل]?(?:" + verbs + r")(?!\w)"),
        int(spec.get("words", 4)),
    )


def _names_an_explosive(trigger_text: str, nouns: frozenset[str]) -> bool:
    for word in fold_str(trigger_text).lower().split():
        if word in nouns or _CLITIC.sub("", word, count=1) in nouns or word.lstrip("وفبل") in nouns:
            return True
    return False


def an_explosive_defused(text: str, cand: _Candidate) -> bool:
    """Whether an attack's word names an explosive (`nouns`) that a word of defusing, clearing,
    finding or seizing (`verbs`) stands before, at most `words` words back, with no
    punctuation between: the explosive never went off."""
    if cand.event_type != "attack":
        return False
    rules = load_defused_explosives()
    if not _names_an_explosive(cand.trigger_text, rules.nouns):
        return False
    before = fold_str(text[max(cand.sentence[0], cand.trigger[0] - _REACH) : cand.trigger[0]]).lower()
    cut = list(_PUNCT.finditer(before))
    before = before[cut[-1].end() :] if cut else before
    found = list(rules.verbs.finditer(before))
    return bool(found) and len(_WORD.findall(before[found[-1].end() :])) <= rules.words
