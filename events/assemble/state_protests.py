"""A state protesting (احتج العراق على الضربات التركية، احتجت بغداد رسميا; Iraq has protested
the strikes, Baghdad formally protested), or its government or foreign ministry doing so
(احتجت وزارة الخارجية الإيرانية; the Egyptian foreign ministry protested): a government's
complaint made through its diplomats,
no crowd in the street, so no demonstration (CAMEO 14 counts crowds). The verb of protesting
(`state_protests.ar_verbs`, `en_verbs` of data/assembly.json) has a state named by its country
or capital as its subject: right after it in Arabic, right before it in English (auxiliaries and
adverbs of `en_between` may stand between). A people named by its demonym (تظاهر العراقيون،
Iraqis protested) is a crowd, and stays one."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import ActorMention
from events.text.lazy import LazyPattern


@lru_cache(maxsize=4)
def load_state_protests(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Full matches for an Arabic and an English verb of protesting (with و/ف or not), a full
    match for what may stand between an English subject and its verb, and a search for the
    ending of a name of a people (`demonym_endings`)."""
    rules = load_assembly_rules(path).get("state_protests", {})
    ar = re.compile(r"[وف]?(?:" + alternation(rules.get("ar_verbs", ())) + r")")
    en = re.compile(r"(?:" + alternation(rules.get("en_verbs", ())) + r")", re.IGNORECASE)
    between = re.compile(r"(?:\s+(?:" + alternation(rules.get("en_between", ())) + r"))*\s+", re.IGNORECASE)
    people = re.compile(r"(?:" + alternation(rules.get("demonym_endings", ())) + r")$")
    return ar, en, between, people


@lru_cache(maxsize=4)
def load_state_bodies(path: Path = ASSEMBLY_RULES) -> tuple[str, ...]:
    """The ends of the ids of a state's bodies that complain as the state does (`institutions`:
    `iran_foreign_ministry`, `iraq_government`)."""
    return tuple("_" + b for b in load_assembly_rules(path).get("state_protests", {}).get("institutions", ()))


def _speaks_for_a_state(actor: ActorMention) -> bool:
    """Whether an actor is a state, or a body of one that speaks for it (its government, its
    foreign ministry)."""
    if actor.kind == "country":
        return True
    return actor.kind == "organisation" and actor.country is not None and actor.actor_id.endswith(load_state_bodies())


_STANCE_PREFIX = LazyPattern(r"(?<![\w-])(?:pro|anti)-$", re.IGNORECASE)


def without_stances(text: str, actors: Sequence[ActorMention]) -> list[ActorMention]:
    """The actors less those named as what a stance is for or against ("an anti-Syrian protest",
    "a huge pro-Syrian rally"): neither the subject of a protest nor the place of a deed. A body
    named so stays ("pro-Syrian government forces" are Syria's army)."""
    return [a for a in actors if a.kind != "country" or _STANCE_PREFIX.search(text, max(0, a.start - 5), a.start) is None]


def a_state_protest(text: str, cand: _Candidate, actors: Sequence[ActorMention]) -> bool:
    """Whether a protest is a verb of protesting whose subject is a state (see above)."""
    if cand.event_type != "protest" or cand.reference_id is not None:
        return False
    ar, en, between, people = load_state_protests()
    start, end = cand.trigger
    states = [a for a in without_stances(text, actors) if _speaks_for_a_state(a) and a.country and people.search(a.text) is None]
    if ar.fullmatch(cand.trigger_text):
        return any(0 < a.start - end <= 1 and not text[end : a.start].strip() for a in states)
    if en.fullmatch(cand.trigger_text):
        return any(a.end < start and between.fullmatch(text, a.end, start) is not None for a in states)
    return False
