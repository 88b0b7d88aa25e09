"""A state or body joined to the doer of a one-sided deed by "and"/و, or by a comma of their list
("شنّت الولايات المتحدة وفرنسا غارات جوية"; "Turkey and allied Syrian factions have been waging an
offensive on Afrin"), does the deed with it: it is no target of the deed. The target is the first
other side the sentence gives its deed, and none when it names no other (`co_doer_types` of
data/assembly.json: attacks, sanctions, deployments, aid; the sides of a meeting, a deal or a
truce, listed alike, are each other's counterparts, and so are sides fighting each other: "Israeli
and Palestinian forces clashed"). Which of the joined doers comes first is left as it was read."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.joint_doers import fighting_each_other
from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.assemble.text import _list_mates
from events.model import ActorMention
from events.text.lazy import LazyPattern

_JOINER = LazyPattern(r"[,،]|\band\b|(?<!\S)و", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_co_doer_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """The event types done by one side to another (data/assembly.json `co_doer_types`)."""
    return frozenset(load_assembly_rules(path).get("co_doer_types", ()))


def _joined(text: str, a: ActorMention, b: ActorMention) -> bool:
    """Whether two names of one list are joined by a word or mark of joining ("and", و, a comma),
    not only set side by side (a name and the adjective after it: "جماعة الحوثي اليمنية")."""
    first, second = (a, b) if a.start < b.start else (b, a)
    gap = text[first.end : second.start]
    return bool(_JOINER.search(gap)) or (not gap.strip() and text[second.start : second.start + 1] == "و")


def co_doer_as_target(
    text: str,
    event_type: str,
    trigger_text: str,
    doer: ActorMention,
    others: Sequence[ActorMention],
    ordered: list[ActorMention],
) -> str | None:
    """The actor id that stands as the target of a one-sided deed in place of `others[0]`, when
    `others[0]` is joined to the doer in one list (see the module); "" when no other side is
    named; None when `others[0]` is no co-doer (nothing to change)."""
    if event_type not in load_co_doer_types() or doer not in ordered:
        return None
    if event_type == "attack" and fighting_each_other(trigger_text):
        return None  # "اشتبكت القوات السورية والتركية": each side is the other's opponent
    by_place = sorted(ordered, key=lambda a: a.start)
    mates = {id(m) for m in _list_mates(text, by_place, doer) if _joined(text, doer, m)}
    if id(others[0]) not in mates:
        return None
    joined = [m for m in ordered if id(m) in mates] + [doer]
    ids = {m.actor_id for m in joined}
    states = {c for m in joined for c in (m.members or (m.country,)) if c}
    # (not a group the doers belong to: "the coalition led by Saudi Arabia and the UAE began its offensive")
    target = next(
        (a for a in others if id(a) not in mates and a.actor_id not in ids and not states & set(a.members or ())),
        None,
    )
    return target.actor_id if target is not None else ""
