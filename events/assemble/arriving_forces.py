"""An English trip word of arriving or flying in whose clause opens with troops or military
hardware as its subject ("The first U.S. troops assigned to operate Patriot missile batteries
arrived at the Incirlik air base on Friday"; "The jets and the Patriot battery were flown into
Jordan earlier this month"): troops or arms sent to a place, a deployment, not a visit of an
official (`arriving_forces` of data/assembly.json)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from events.assemble.rules import alternation, load_assembly_rules
from events.assemble.text import Mentions
from events.model import CAMEO_BY_TYPE, TriggerMention

# what opens a clause before its subject: a comma, a colon, a semicolon or a dateline's dash
_CLAUSE_OPENER = re.compile(r"[,;:]|\s[-—–]\s")
_WORDS = re.compile(r"[^\s]+")


@dataclass(frozen=True)
class _Rules:
    verbs: re.Pattern[str]  # a trip word of arriving or flying, at the start of the trigger
    forces: re.Pattern[str]  # a word of troops or military hardware
    breaks: frozenset[str]  # words that open another clause
    lead: int  # words at most before the word of the forces in its clause
    reach: int  # words at most between the word of the forces and the trip word
    asides: re.Pattern[str]  # a phrase between commas that describes the forces (", backed by armour,")


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    rules = load_assembly_rules().get("arriving_forces", {})
    return _Rules(
        verbs=re.compile(r"(?:" + alternation(rules.get("verbs", ()), spaced=True) + r")(?![\w-])", re.IGNORECASE),
        forces=re.compile(r"(?<![\w-])(?:" + alternation(rules.get("forces", ()), spaced=True) + r")(?![\w-])", re.IGNORECASE),
        breaks=frozenset(w.lower() for w in rules.get("breaks", ())),
        lead=int(rules.get("lead", 6)),
        reach=int(rules.get("reach", 14)),
        asides=re.compile(
            r",\s*(?:" + alternation(rules.get("asides", ()), spaced=True) + r")(?![\w-])[^,;:]*,", re.IGNORECASE
        ),
    )


def _words(text: str) -> list[str]:
    return [w.strip("\"'“”()").lower() for w in _WORDS.findall(text)]


def _forces_subject(text: str, sentence: tuple[int, int], trigger: TriggerMention, rules: _Rules) -> bool:
    """Whether a word of the forces heads the subject of the clause of the trip word: at most
    `lead` words after the clause's opening, and at most `reach` words, with no comma and no word
    opening another clause, before the trip word; a phrase between commas that describes the
    forces (`asides`: ", equipped with tanks and armoured vehicles,") is passed over."""
    for m in rules.forces.finditer(text, sentence[0], trigger.start):
        opens = [o.end() for o in _CLAUSE_OPENER.finditer(text, sentence[0], m.start())]
        lead = _words(text[opens[-1] if opens else sentence[0] : m.start()])
        rest = rules.asides.sub(" ", text[m.end() : trigger.start])
        if (
            len(lead) <= rules.lead
            and not any(w in rules.breaks and w != "and" for w in lead)
            and _CLAUSE_OPENER.search(rest) is None
            and len(_words(rest)) <= rules.reach
            and not any(w in rules.breaks for w in _words(rest))
        ):
            return True
    return False


def arriving_forces(text: str, mentions: Mentions) -> Mentions:
    """The mentions with each English trip of troops or military hardware told as a deployment."""
    rules = _rules()
    retyped: list[TriggerMention] = []
    changed = False
    for t in mentions.triggers:
        sentence = next(((s, e) for s, e in mentions.sentences if s <= t.start < e), None)
        if (
            t.event_type == "visit"
            and sentence is not None
            and t.text[:1].isascii()
            and rules.verbs.match(t.text) is not None
            and _forces_subject(text, sentence, t, rules)
        ):
            retyped.append(replace(t, event_type="deployment", cameo=CAMEO_BY_TYPE["deployment"]))
            changed = True
        else:
            retyped.append(t)
    return replace(mentions, triggers=retyped) if changed else mentions
