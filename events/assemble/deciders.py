"""The subject of a verb of deciding (or of announcing, beginning, going on) before an Arabic event word that is its object
("قررت مصر أمس طرد السفير التركي", "قرّرت السلطات السعودية، أمس الاثنين غلق مكتب قناة الجزيرة"):
the doer of the deed decided, though Arabic's verb-subject order would take the name after the
event word (what the deed is done to) for its subject (`deciders` of data/assembly.json)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.interceptions import _is_interception_word
from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.model import ActorMention
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str

_VERB_REACH = 16  # characters before the name searched for the verb
_WORD = re.compile(r"[^\s،,]+")
_BREAK = LazyPattern(r"[.:;؛!?؟\"«»()\n]")
_OPENING_QUOTE = re.compile(r"\s[\"«“]\s*\Z")


@lru_cache(maxsize=4)
def load_deciders(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], int]:
    """The verbs of deciding, folded, and how many words may stand between their subject and
    the event word (data/assembly.json `deciders`)."""
    rules = load_assembly_rules(path).get("deciders", {})
    return frozenset(fold_str(v) for v in rules.get("verbs", ())), int(rules.get("words", 0))


@lru_cache(maxsize=4)
def load_announcers(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], int, frozenset[str]]:
    """The verbs of announcing, beginning or going on with a deed, folded; within how many words
    after the event word a name is the deed's own subject; and the nouns of those who do deeds
    that such a name qualifies (data/assembly.json `deciders`: `announcing`, `own_subject_words`,
    `own_subject_nouns`)."""
    rules = load_assembly_rules(path).get("deciders", {})
    return (
        frozenset(fold_str(v) for v in rules.get("announcing", ())),
        int(rules.get("own_subject_words", 0)),
        frozenset(fold_str(v) for v in rules.get("own_subject_nouns", ())),
    )


def _own_subject(text: str, trigger: tuple[int, int], actor: ActorMention, reach: int, nouns: frozenset[str]) -> bool:
    """Whether `actor`, after the event word, is the deed's own subject: a name standing right
    after the word, or after a noun of doers (forces, aircraft) right after it, within `reach`
    words and one clause ("شن طائرات روسية غارات", not "طرد السفير القطري")."""
    between = text[trigger[1] : actor.start]
    words = _WORD.findall(between)
    if actor.start < trigger[1] or _BREAK.search(between) or len(words) >= reach:
        return False
    return not words or fold_str(words[-1]) in nouns


def decided_by(
    text: str, actor: ActorMention, trigger: tuple[int, int], free_after: Sequence[ActorMention] = ()
) -> bool:
    """Whether `actor`, named before the event word, is the subject of a verb of deciding right
    before it, the event word following it within a few words of one clause: the deed's doer.
    So is the subject of a verb of announcing, beginning or going on ("أعلنت الداخلية المصرية
    توقيف ...", "أعلنت الحكومة الأردنية طرد السفير القطري"), unless one of `free_after`, the names
    after the event word that no preposition marks, is the deed's own subject (`_own_subject`:
    "أعلن المرصد شن طائرات روسية غارات")."""
    verbs, reach = load_deciders()
    announcing, own_words, doer_nouns = load_announcers()
    # the deed announced may be quoted: 'أعلنت القيادة العامة "إلقاء القبض على ..."'
    between = _OPENING_QUOTE.sub("", text[actor.end : trigger[0]])
    if actor.end > trigger[0] or _BREAK.search(between) or len(_WORD.findall(between)) > reach:
        return False
    words = _WORD.findall(text[max(0, actor.start - _VERB_REACH) : actor.start])
    if not words or _BREAK.search(text[max(0, actor.start - _VERB_REACH) : actor.start].rsplit(words[-1], 1)[-1]):
        return False
    verb = fold_str(words[-1])
    if verb in verbs or (verb[:1] in ("و", "ف") and verb[1:] in verbs):
        return True
    if not (verb in announcing or (verb[:1] in ("و", "ف") and verb[1:] in announcing)):
        return False
    if any(_is_interception_word(w) for w in text[trigger[0] : trigger[1]].split()):
        return False  # "أعلن التحالف اعتراض صاروخ أطلقته مليشيات الحوثي": the interceptor is the target
    return not any(_own_subject(text, trigger, a, own_words, doer_nouns) for a in free_after)
