"""An Arabic sentence that tells two deeds of one type, the second by a verb that opens its own
clause after a comma and a word of addition or contrast ("وصلت فرق إنقاذ إسبانية، كما حطت طائرة
قطرية تقل فريقا للبحث والإنقاذ", "طردت تركيا السفير، فيما طردت إسرائيل القنصل"): each deed's
doers are named in its own clause, the first's before the connector, the second's after it
(data/assembly.json `addition_openers.ar` and `contrast_connectors.ar`); so in English, where the
second clause opens on ", and" and a subject of its own ("Spanish rescue teams arrived on Sunday,
and a Qatari plane carrying a rescue team landed", `own_subjects`). Not for the types whose
second doer is often the first deed's target (`own_clause_doers.not_types`: "Israeli strikes
pounded the enclave, and Hamas fired rockets")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.own_subjects import own_subject_deed, shares_its_subject
from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import ActorMention, TriggerMention
from events.text.lazy import LazyPattern

_AND = LazyPattern(r"[,;]\s+and\s+")
_THE_BEFORE = LazyPattern(r"(?<!\w)the\s+$", re.IGNORECASE)
_VERB_REACH = 16  # characters from the connector to the verb opening its clause (قد between)


@lru_cache(maxsize=4)
def load_clause_connector(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A comma and a word of addition or contrast that opens a clause of its own."""
    rules = load_assembly_rules(path)
    words = {*rules.get("addition_openers", {}).get("ar", ()), *rules.get("contrast_connectors", {}).get("ar", ())}
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)) or "(?!)"
    return re.compile(r"[،,]\s*[وف]?(?:" + alternatives + r")\s+(?:قد\s+)?")


def _countries(actor: ActorMention) -> set[str]:
    return {actor.country} if actor.country else set(actor.members)


def _opens_on_its_verb(t: TriggerMention, connector_end: int) -> bool:
    """Whether the verb `t` stands first in the clause the connector opens."""
    return (
        bool(t.tense)
        and not t.text[:1].isascii()
        and not shares_its_subject(t.text)
        and connector_end <= t.start <= connector_end + _VERB_REACH
    )


def names_of_its_clause(
    text: str, actors: list[ActorMention], cand: _Candidate, triggers: Sequence[TriggerMention]
) -> list[ActorMention]:
    """`actors` less those named in the other clause of a sentence that tells a second deed of
    the candidate's type by a verb opening its clause after a comma and a connector: the first
    deed's before the connector, the second's after it."""
    if cand.reference_id is not None or cand.event_type in load_assembly_rules().get("own_clause_doers", {}).get("not_types", ()):
        return actors
    s, e = cand.sentence
    same = [u for u in triggers if u.event_type == cand.event_type and u.modality == "asserted" and s <= u.start < e]
    if len(same) < 2:
        return actors
    if cand.trigger_text[:1].isascii():
        return _english_clause_names(text, actors, cand, same, triggers)
    for m in load_clause_connector().finditer(text, s, e):
        opened = next((u for u in same if _opens_on_its_verb(u, m.end())), None)
        if opened is None or not any(u.end <= m.start() for u in same):
            continue
        before = {c for a in actors if s <= a.start and a.end <= m.start() for c in _countries(a)}
        if not {c for a in actors if m.end() <= a.start < e for c in _countries(a)} - before:
            continue  # no doer of its own: "، كما منعت دخول القطريين إلى المملكة" tells on the same state's measure
        if cand.trigger[1] <= m.start():
            return [a for a in actors if a.end <= m.start()]  # the first deed: its clause ends at the connector
        if cand.trigger[0] == opened.start:
            return [a for a in actors if a.start >= m.end()]  # the second deed: its clause opens there
    return actors


def _english_clause_names(
    text: str, actors: list[ActorMention], cand: _Candidate, same: list[TriggerMention], triggers: Sequence[TriggerMention]
) -> list[ActorMention]:
    """The English counterpart of `names_of_its_clause`: the clause of the second deed opens at
    the last ", and" before its event word."""
    for i, u in enumerate(same[1:], 1):
        if not own_subject_deed(text, u, triggers, cand.sentence):
            continue
        joins = list(_AND.finditer(text, same[i - 1].end, u.start))
        if not joins:
            continue
        m = joins[-1]
        if _THE_BEFORE.search(text, max(m.end(), u.start - 6), u.start):
            continue  # "and Damascus condemned the raids": the deed told before, named again
        before = {c for a in actors if cand.sentence[0] <= a.start and a.end <= m.start() for c in _countries(a)}
        if not {c for a in actors if m.end() <= a.start < cand.sentence[1] for c in _countries(a)} - before:
            continue
        if cand.trigger[1] <= m.start():
            return [a for a in actors if a.end <= m.start()]
        if cand.trigger[0] == u.start:
            return [a for a in actors if a.start >= m.end()]
    return actors
