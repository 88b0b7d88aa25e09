"""The subject of a verb of deciding before an Arabic event word that is its object
("قررت مصر أمس طرد السفير التركي", "قرّرت السلطات السعودية، أمس الاثنين غلق مكتب قناة الجزيرة"):
the doer of the deed decided, though Arabic's verb-subject order would take the name after the
event word (what the deed is done to) for its subject (`deciders` of data/assembly.json)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.model import ActorMention
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str

_VERB_REACH = 16  # characters before the name searched for the verb
_WORD = re.compile(r"[^\s،,]+")
_BREAK = LazyPattern(r"[.:;؛!?؟\"«»()\n]")


@lru_cache(maxsize=4)
def load_deciders(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], int]:
    """The verbs of deciding, folded, and how many words may stand between their subject and
    the event word (data/assembly.json `deciders`)."""
    rules = load_assembly_rules(path).get("deciders", {})
    return frozenset(fold_str(v) for v in rules.get("verbs", ())), int(rules.get("words", 0))


def decided_by(text: str, actor: ActorMention, trigger: tuple[int, int]) -> bool:
    """Whether `actor`, named before the event word, is the subject of a verb of deciding right
    before it, the event word following it within a few words of one clause: the deed's doer."""
    verbs, reach = load_deciders()
    between = text[actor.end : trigger[0]]
    if actor.end > trigger[0] or _BREAK.search(between) or len(_WORD.findall(between)) > reach:
        return False
    words = _WORD.findall(text[max(0, actor.start - _VERB_REACH) : actor.start])
    if not words or _BREAK.search(text[max(0, actor.start - _VERB_REACH) : actor.start].rsplit(words[-1], 1)[-1]):
        return False
    verb = fold_str(words[-1])
    return verb in verbs or (verb[:1] in ("و", "ف") and verb[1:] in verbs)
