"""A resignation told of two office holders joined by "and" as the subject of one verb
("Interior Minister Ali Hassan and Health Minister Sara Nour resigned on Sunday", "واستقال وزير
الإعلام فلان ووزيرة البيئة فلانة أمس") is a change of each: one event per office holder, on the day
and in the country the sentence gives them both (data/assembly.json `each_office_holder`). Only
a verb of a deed each holder does alone counts: the dismissal of two by one decree is one deed.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _stable_id
from events.model import Event

_CLAUSE_END = re.compile(r"[،,.;؛:!?؟()\n\"«»]")
_NAME = r"(?:\s+(?:[A-Z][\w'’-]+|al-[A-Z][\w'’-]+|bin|ibn|el-[A-Z][\w'’-]+)){1,5}"


@lru_cache(maxsize=4)
def load_each_office_holder(
    path: Path = ASSEMBLY_RULES,
) -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(types, a search for an English subject of two or more office holders joined by "and",
    ending right before the event word (perhaps one of `fillers` between), a match, right after
    an Arabic event word, of office holders joined by و, a search for an Arabic office word
    opening a holder, and a match of an event word of `verbs`, a deed each holder does alone)
    of data/assembly.json `each_office_holder`."""
    rules = load_assembly_rules(path).get("each_office_holder", {})
    offices_en = alternation(rules.get("offices_en", ()), spaced=True)
    offices_ar = alternation(rules.get("offices_ar", ()), spaced=True)
    fillers = alternation(rules.get("fillers", ()), spaced=True)
    holder = r"(?:(?:[A-Z][\w'’-]+|his|her|the)\s+){0,3}(?:" + offices_en + r")" + _NAME
    subject = re.compile(r"(?:^|\s)(" + holder + r"(?:\s+and\s+" + holder + r")+)\s+(?:(?:" + fillers + r")\s+)?$")
    ar_holder = r"(?:" + offices_ar + r")(?:\s+[^\s،,.;؛:]+){1,5}?"
    ar_subject = re.compile(
        r"\s+(?:(?:" + fillers + r")\s+)?(" + ar_holder + r"(?:\s+و" + ar_holder + r")+)(?=\s|$|[،,.;؛:])"
    )
    ar_office = re.compile(r"(?:^|\s)و?(?:" + offices_ar + r")(?=\s)")
    verbs = re.compile(r"[وف]?(?:" + alternation(rules.get("verbs", ()), spaced=True) + r")(?!\w)", re.IGNORECASE)
    return frozenset(rules.get("types", ())), subject, ar_subject, ar_office, verbs


def office_holders(text: str, trigger: tuple[int, int], clause_start: int) -> int:
    """How many office holders, joined by a conjunction, are the subject of the event word at
    `trigger`: standing right before it, or in Arabic right after it (0 when none such)."""
    _, subject, ar_subject, ar_office, _ = load_each_office_holder()
    before = text[clause_start : trigger[0]]
    cut = max((m.end() for m in _CLAUSE_END.finditer(before)), default=0)
    m = subject.search(before[cut:])
    if m is not None:
        return len(re.findall(r"\sand\s", m.group(1))) + 1
    after = text[trigger[1] :]
    end = _CLAUSE_END.search(after)
    after = after[: end.start() if end else len(after)]
    m = ar_subject.match(after)
    if m is not None:
        return len(ar_office.findall(m.group(1)))
    return 0


def holders_of(event: Event, text: str, trigger: tuple[int, int], clause_start: int) -> int:
    """How many office holders are the subject of `event`'s word, when its type is one whose
    event is each holder's (0 otherwise)."""
    types, _, _, _, verbs = load_each_office_holder()
    if event.event_type not in types or verbs.match(text, trigger[0]) is None:
        return 0
    return office_holders(text, trigger, clause_start)


def each_office_holder(event: Event, holders: int, initiators: dict[int, set[str]]) -> list[Event]:
    """The changes of office of the `holders` after the first of `event` (named): one more
    event each, told apart from `event` by a doer of its own in `initiators`."""
    own = initiators.get(id(event), set())
    initiators[id(event)] = {*own, f"{event.event_id}#1"}
    out = []
    for k in range(2, holders + 1):
        split = replace(event, event_id=_stable_id(event.event_id, str(k)), spans={**event.spans}, sources=[])
        initiators[id(split)] = {f"{event.event_id}#{k}"}
        out.append(split)
    return out
