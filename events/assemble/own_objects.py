"""Two verbs of one type joined by و or "and", each with an object of its own ("استدعت أنقرة
سفيرها في واشنطن وطردت السفير الإسرائيلي", "arrested one activist and detained a journalist"),
tell two deeds; two verbs with nothing between them ("اعتقلت واحتجزت", "arrested and
detained"), a second object naming only the countries of the first clause or a successor, or
an object pronoun on either verb, tell one (data/assembly.json `own_object_deeds`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from events.assemble.coordinated_acts import load_coordinated_acts
from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.model import ActorMention, TriggerMention
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str, is_arabic

_WORD = re.compile(r"\w+")
_EN_AND = LazyPattern(r"(?:,\s*)?\band\s+$", re.IGNORECASE)
_AR_AND = LazyPattern(r"(?:،\s*)?\s$")
_CLAUSE_END = re.compile(r"[،,.;:؛]")
_SENTENCE_BREAK = LazyPattern(r"[.;:؛]")


@dataclass(frozen=True)
class _OwnObjectRules:
    types: frozenset[str]
    pronouns: frozenset[str]  # folded, English and Arabic words
    suffixes: tuple[str, ...]  # folded Arabic object pronouns joined to a verb
    reach: int
    auxiliaries: frozenset[str]  # English auxiliaries of the passive
    doer_words: int
    person_types: frozenset[str]  # types done to a person, whose objects need name no country


@lru_cache(maxsize=4)
def load_own_object_deeds(path: Path = ASSEMBLY_RULES) -> _OwnObjectRules:
    """The types concerned, the object pronouns and the longest first object."""
    rules = load_assembly_rules(path).get("own_object_deeds", {})
    pronouns = frozenset(fold_str(w).lower() for w in (*rules.get("en_pronouns", ()), *rules.get("ar_pronouns", ())))
    suffixes = tuple(sorted({fold_str(s) for s in rules.get("ar_suffixes", ())}, key=len, reverse=True))
    return _OwnObjectRules(
        frozenset(rules.get("types", ())),
        pronouns,
        suffixes,
        int(rules.get("reach", 90)),
        frozenset(w.lower() for w in rules.get("en_auxiliaries", ())),
        int(rules.get("doer_words", 3)),
        frozenset(rules.get("person_types", ())),
    )


def _countries(actors: Sequence[ActorMention], start: int, end: int) -> set[str]:
    return {a.country for a in actors if start <= a.start and a.end <= end and a.country}


def _passive(text: str, t: TriggerMention, rules: _OwnObjectRules) -> bool:
    """Whether an English verb follows an auxiliary of the passive ("was arrested")."""
    words = _WORD.findall(text, max(0, t.start - 30), t.start)
    return not is_arabic(t.text) and bool(words) and words[-1].lower() in rules.auxiliaries


def _doer(text: str, first: TriggerMention, actors: Sequence[ActorMention], sentence: tuple[int, int], words: int) -> set[str]:
    """The countries of the doer: named right after an Arabic verb (its subject: "استدعت تركيا
    سفيرها"), else within `words` words before the verb in its clause ("Cairo expelled")."""
    after = list(_WORD.finditer(text, first.end, sentence[1]))[:2]
    if is_arabic(first.text) and after:
        subject = _countries(actors, first.end, after[-1].end())
        if subject:
            return subject
    marks = list(_CLAUSE_END.finditer(text, sentence[0], first.start))
    before = list(_WORD.finditer(text, marks[-1].end() if marks else sentence[0], first.start))[-words:]
    return _countries(actors, before[0].start(), first.start) if before else set()


def _joined(text: str, first: TriggerMention, t: TriggerMention) -> tuple[int, int] | None:
    """The span of the first verb's object, when `t` follows it after و or "and"."""
    if is_arabic(t.text):
        if not t.text.startswith("و"):
            return None
        found = _AR_AND.search(text, first.end, t.start)
    else:
        found = _EN_AND.search(text, first.end, t.start)
    return None if found is None else (first.end, found.start())


def _with_a_suffix(text: str, t: TriggerMention, suffixes: tuple[str, ...]) -> bool:
    """Whether the Arabic verb's word ends with an object pronoun ("أوقفته", "وأحالته")."""
    end = t.end
    while end < len(text) and (text[end].isalnum() or text[end] == "_"):
        end += 1
    word = fold_str(text[t.start : end])
    return is_arabic(t.text) and any(word.endswith(s) and len(word) - len(s) >= 3 for s in suffixes)


def _own_object_after(text: str, t: TriggerMention, limit: int, rules: _OwnObjectRules) -> tuple[int, int] | None:
    """The span of the object after `t` up to its clause's end or the next event word
    (`limit`), unless a pronoun opens it."""
    end = _CLAUSE_END.search(text, t.end, limit)
    stop = end.start() if end else limit
    words = [fold_str(w.group()).lower() for w in _WORD.finditer(text, t.end, stop)][:2]
    if not words or any(w in rules.pronouns for w in words):
        return None  # "وفرضت عليها حصارا", "and detained him": the one just named
    return (t.end, stop)


def own_object_deed(
    text: str, t: TriggerMention, triggers: Sequence[TriggerMention], actors: Sequence[ActorMention], sentence: tuple[int, int]
) -> bool:
    """Whether the verb `t` follows a verb of its type in `sentence` after و or "and", each
    with an object of its own, the second naming no successor and other partner countries
    than the first (the doer's aside), or neither naming one: another deed."""
    rules = load_own_object_deeds()
    if t.event_type not in rules.types or t.tense != "past":
        return False
    before = [u for u in triggers if u.event_type == t.event_type and sentence[0] <= u.start and u.end <= t.start]
    if not before or before[-1].tense != "past" or before[-1].modality != "asserted":
        return False
    first_object = _joined(text, before[-1], t)
    if first_object is None or not 0 < first_object[1] - first_object[0] <= rules.reach:
        return False
    if _WORD.search(text, *first_object) is None or _SENTENCE_BREAK.search(text, *first_object) is not None:
        return False
    if _passive(text, before[-1], rules) or _with_a_suffix(text, before[-1], rules.suffixes) or _with_a_suffix(text, t, rules.suffixes):
        return False
    later = [u.start for u in triggers if t.end <= u.start < sentence[1]]
    second_object = _own_object_after(text, t, min(later, default=sentence[1]), rules)
    if second_object is None or load_coordinated_acts()[1].search(text, *second_object) is not None:
        return False
    two = _countries(actors, second_object[0], min(second_object[1], sentence[1]))
    doer = _doer(text, before[-1], actors, sentence, rules.doer_words)
    partners = _countries(actors, *first_object) - doer
    if not (two - doer) or not partners:
        # neither names a partner ("arrested one activist and detained a journalist"), or only one
        # does ("expelled the Turkish ambassador and downgraded relations": one partner)
        return not (two - doer) and not partners and t.event_type in rules.person_types
    return two - doer != partners


def told_with_own_object(
    text: str, trigger: tuple[int, int], sentence: tuple[int, int], mentions: Sequence[TriggerMention], actors: Sequence[ActorMention]
) -> bool:
    """Whether the event word at `trigger` is such a second verb (`own_object_deed`)."""
    t = next((u for u in mentions if (u.start, u.end) == trigger), None)
    return t is not None and own_object_deed(text, t, mentions, actors, sentence)
