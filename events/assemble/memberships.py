"""A suspension or a freeze of a membership, or from a body, names its target by itself."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import ActorMention
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str

# how far after the event word its object, or the body it excludes from, is named
_AFTER_REACH = 80
# how far before it the body that suspends is named
_BEFORE_REACH = 40


@lru_cache(maxsize=4)
def _membership_patterns(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A membership word after the event word; `from` and a body after it; a body right
    before it, as its subject, perhaps with the comma and the relative of an aside between
    (data/assembly.json `membership_measures`)."""
    rules = load_assembly_rules(path)["membership_measures"]
    members = alternation(rules["members"])
    bodies = alternation(rules["bodies"], spaced=True)
    member = re.compile(rf"^(?:\S+\s+){{0,6}}?[وبلف]?(?:ال)?(?:{members})", re.IGNORECASE)
    frm = re.compile(rf"^\W*(?:\S+\s+){{0,3}}?from\s+(?:\S+\s+){{0,3}}?(?:{bodies})(?!\w)", re.IGNORECASE)
    # the body may close an aside's comma before its relative: "The African Union, which suspended Sudan"
    subject = re.compile(rf"(?<!\w)(?:{bodies})[,،]?(?:\s+\S+){{0,3}}\s*$", re.IGNORECASE)
    return member, frm, subject


def membership_measure(text: str, cand: _Candidate) -> bool:
    """Whether a sanctions word suspends or freezes a membership ("suspended Niger's
    membership", "تجميد عضوية مالي"), suspends a side from a body ("Guinea was suspended from
    ECOWAS") or is told of a body that suspends ("the bloc suspended Mali"): the member is its
    target even when no preposition marks it, and the measure is no closure of a state's own
    ground."""
    if cand.event_type != "sanctions":
        return False
    member, frm, subject = _membership_patterns()
    start, end = cand.sentence
    told = text[cand.trigger[0] : min(end, cand.trigger[1] + _AFTER_REACH)]  # the word and what follows it
    after = text[cand.trigger[1] : min(end, cand.trigger[1] + _AFTER_REACH)]
    before = text[max(start, cand.trigger[0] - _BEFORE_REACH) : cand.trigger[0]]
    return member.search(told) is not None or frm.search(after) is not None or subject.search(before) is not None


# the auxiliaries of an English passive, and a word at most between them and the participle
_PASSIVE_BEFORE = LazyPattern(r"(?<!\w)(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?$", re.IGNORECASE)
_SUBJECT_GAP = LazyPattern(r"\s*$")


def passive_suspension(text: str, cand: _Candidate, actors: Sequence[ActorMention]) -> bool | None:
    """Whether a sanctions word that is an English passive of suspending ("was suspended")
    suspends a state or a membership (True) or something else (False); None when it is no
    such passive. A state suspended ("Syria was suspended in November 2011"), named right
    before the auxiliary, or a membership ("Syria's membership was suspended") is suspended from
    a body; an official, a mayor, a sentence or a law suspended is no measure on a side."""
    if cand.event_type != "sanctions" or fold_str(cand.trigger_text).lower() != "suspended":
        return None
    start = cand.sentence[0]
    aux = _PASSIVE_BEFORE.search(text, max(start, cand.trigger[0] - 40), cand.trigger[0])
    if aux is None:
        return None
    member, frm, _ = _membership_patterns()
    if frm.search(text[cand.trigger[1] : min(cand.sentence[1], cand.trigger[1] + _AFTER_REACH)]) is not None:
        return True  # "was suspended from the bloc"
    words = text[max(start, aux.start() - 40) : aux.start()].split()
    if words and member.search(words[-1]) is not None:
        return True  # "Syria's membership was suspended"
    return any(
        a.kind == "country" and start <= a.end <= aux.start() and _SUBJECT_GAP.fullmatch(text, a.end, aux.start()) is not None
        for a in actors
    )
