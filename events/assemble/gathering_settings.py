"""A gathering named as the setting of a deed its sentence tells: «أقر وزراء الخارجية العرب في
اجتماعهم بالقاهرة أمس حزمة من العقوبات», «قرر الوزراء، في اجتماع طارئ عقدوه أمس، استئناف
مشاركة سوريا», "the ministers at their meeting in Cairo approved sanctions". The meeting was
held, and is an event of its own, but the sentence's news is what was decided at it: the
noun after في or at must not outweigh the deed told beside it (an Arabic object comes after
the setting, so its word stands later in the sentence). Not after a word of taking part
(«شارك في القمة»: the summit is what the subject did)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import PHONE_CALL, _Candidate, _clause

_REACH = 60  # characters before the gathering's word searched for its opener


@lru_cache(maxsize=4)
def load_gathering_settings(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], frozenset[str], frozenset[str], frozenset[str]]:
    """A search, anchored at the end, for a word of setting right before a gathering's word
    (data/assembly.json `gathering_settings`), perhaps with a determiner and one adjective
    between in English ("at an emergency meeting"); the words of taking part it may not
    follow, folded to lower case; the relative words that open a clause of another verb; and the
    verbs of discussing or rejecting by which a deed is only talked about."""
    rules = load_assembly_rules(path).get("gathering_settings", {})
    openers = alternation(rules.get("openers", ()))
    determiners = alternation(rules.get("determiners", ()))
    pattern = re.compile(
        r"(?<![\w-])[وف]?(?:" + openers + r")(?:\s+(?:" + determiners + r"))?(?:\s+[a-z][a-z-]*)?\s+$",
        re.IGNORECASE,
    )
    return (
        pattern,
        frozenset(w.lower() for w in rules.get("not_after", ())),
        frozenset(rules.get("relatives", ())),
        frozenset(w.lower() for w in rules.get("not_doing", ())),
    )


def gathering_as_setting(text: str, cand: _Candidate, group: Sequence[_Candidate]) -> bool:
    """Whether `cand`, a meeting told by a noun (English "meeting" may read as a verb in the
    present), is named as the setting of a deed of another type its sentence tells in the same
    clause, or right after it when the setting is set apart by commas («قرر الوزراء، في اجتماع
    طارئ عقدوه أمس، استئناف ...»), with no relative word between them: a relative clause
    holds a verb of its own, whose setting the gathering may be."""
    if cand.event_type != "meeting" or cand.tense == "past" or cand.cameo == PHONE_CALL:
        return False  # a call ("agreed on that in a phone call") is weighed as calls are
    pattern, barred, relatives, talked = load_gathering_settings()
    start = cand.trigger[0]
    m = pattern.search(text, max(cand.sentence[0], start - _REACH), start)
    if m is None:
        return False
    before = text[max(cand.sentence[0], m.start() - 30) : m.start()].split()
    if before and before[-1].lower() in barred:
        return False
    lo, hi = _clause(text, cand.sentence, cand.trigger)
    set_apart = not text[lo : m.start()].strip()
    for other in group:
        if other is cand or other.event_type == "meeting" or other.circumstance:
            continue
        if talked.intersection(re.findall(r"[^\W\d_]+(?:\s+out)?", text[cand.sentence[0] : other.trigger[0]].lower())):
            continue  # "رفض الوزراء في اجتماعهم فرض عقوبات", "discussed sending troops": only talked about
        lo_word, hi_word = sorted((cand.trigger, other.trigger))
        if relatives.intersection(text[lo_word[1] : hi_word[0]].lower().split()):
            continue  # "signed ... in the presence of states that acted as observers at the talks"
        o_lo, o_hi = _clause(text, other.sentence, other.trigger)
        if (o_lo, o_hi) == (lo, hi) or (set_apart and other.trigger[0] >= hi and not text[hi + 1 : o_lo].strip(" ,،")):
            return True
    return False
