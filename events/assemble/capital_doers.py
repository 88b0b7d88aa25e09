"""A capital that stands for its government as the subject of a measure taken against another
state ("وكانت الرباط قد جمدت علاقاتها مع تل أبيب", "قررت القاهرة طرد السفير التركي", "Rabat
froze its relations with Tel Aviv") is that state as the doer, not a place named: the measure's
initiator, so that it is placed in that state's country like any measure told of a state, and
the state dealt with stays the other party. The capital opens its clause, or follows an auxiliary
or a verb of deciding or announcing (`capital_subject` of data/assembly.json), and no
name of a state or a place stands between it and the event word, nor a clause boundary (a
nisba of the target may: "أغلقت مكتب الاتصال الإسرائيلي وجمدت"). Several states named together
("قطعت الرياض والقاهرة العلاقات مع الدوحة") are a joint measure and stay as the other rules
leave them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.actors import ACTORS_FILE, load_actors_data
from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.assemble.text import _span_before
from events.model import ActorMention, PlaceMention
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str


@lru_cache(maxsize=4)
def load_capital_subject_openers(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Words that may stand right before a capital that is the subject of a measure."""
    return frozenset(
        fold_str(w).lower() for w in load_assembly_rules(path).get("capital_subject", {}).get("openers", ())
    )


@lru_cache(maxsize=4)
def load_capital_subject_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Event types of a measure one state takes against another."""
    return frozenset(load_assembly_rules(path).get("capital_subject", {}).get("types", ()))


# what ends the stretch of a clause before its subject: the sentence start, a comma, a colon
_BOUNDARY = LazyPattern(r"[,،:;(\"«“]\s*$|^\s*$")
# what may join a second state to the first in a joint measure: "و", "and", a comma
_JOINED = LazyPattern(r"\s*(?:[,،]\s*)?(?:و|and\s+|&\s*)?\s*$", re.IGNORECASE)
# a clause boundary between the subject and the event word: another clause tells another deed
_CLAUSE_BREAK = LazyPattern(
    r"[.;:!?؟]|،|,|(?<!\w)(?:التي|الذي|الذين|بعد|عقب|إثر|اثر|which|who|after|following|when|while)(?!\w)",
    re.IGNORECASE,
)


def _opens_clause(text: str, start: int, clause_start: int) -> bool:
    """Whether a name stands first in its clause, maybe after an opener ("وكانت الرباط")."""
    before = text[clause_start:start]
    if _BOUNDARY.search(before):
        return True
    i, j = _span_before(text, start)
    if i < clause_start:
        return False
    if fold_str(text[i:j]).lower() in load_capital_subject_openers():
        return _BOUNDARY.search(text[clause_start:i]) is not None
    return False


@lru_cache(maxsize=4)
def load_capital_names(path: Path = ACTORS_FILE) -> frozenset[str]:
    """The names of the capitals that stand for their states (`capitals_ar`, `capitals_en` of
    data/actors.json), folded."""
    countries = load_actors_data(path).get("countries", {}).values()
    return frozenset(
        fold_str(name).lower() for c in countries for key in ("capitals_ar", "capitals_en") for name in c.get(key, ())
    )


def _capital(actor: ActorMention) -> bool:
    """Whether the actor is named by its capital ("الرباط", "Rabat"), maybe after و or ف."""
    word = fold_str(actor.text).lower()
    names = load_capital_names()
    return word in names or (word[:1] in ("و", "ف") and word[1:] in names)


def capital_as_doer(
    text: str,
    event_type: str,
    sentence: tuple[int, int],
    trigger: tuple[int, int],
    initiator: list[ActorMention],
    others: list[ActorMention],
    places: Sequence[PlaceMention],
) -> tuple[list[ActorMention], list[ActorMention]]:
    """The initiator and the others, with a capital that is the subject of the measure first."""
    if event_type not in load_capital_subject_types():
        return initiator, others
    parties = [*initiator, *others]
    before = sorted((a for a in parties if a.end <= trigger[0] and a.start >= sentence[0]), key=lambda a: a.start)
    capitals = [a for a in before if a.country and _capital(a)]
    if not capitals:
        return initiator, others
    doer = capitals[0]
    if initiator and initiator[0].country == doer.country:
        return initiator, others
    if any(a.start < doer.start and (a.country or a.members) for a in before):
        return initiator, others  # another state is named first: the subject, or a joint deed
    if _CLAUSE_BREAK.search(text, doer.end, trigger[0]):
        return initiator, others
    if not _opens_clause(text, doer.start, sentence[0]):
        return initiator, others
    names = [p for p in places if doer.end <= p.start and p.end <= trigger[0]]
    if names:
        return initiator, others  # "الرباط وأبوظبي", "Rabat, Cairo": several states, or one named
    for a in parties:
        if a is not doer and a.start >= doer.end and _JOINED.fullmatch(text[doer.end : a.start]) and a.country:
            return initiator, others  # a second state joined to the first
    return [doer], [a for a in parties if a is not doer]
