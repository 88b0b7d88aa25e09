"""An English attack word whose doers are the people of a protest ("thousands of protesters
marched in central Beirut and clashed with police", "anti-government demonstrators clashed with
security forces ..., setting fire to police vehicles"): the clash or the burning is what the
protest did, so the protest is the sentence's event and the attack word makes none of its own
(`crowd_deeds` of data/assembly.json). The people must open the clause before the attack word,
after no more than a count or an adjective: after a preposition or a verb ("police fired tear
gas at protesters") they are whom the deed befell, and a new subject after "and" or a word of
a new clause ("..., and police fired", "and the army shelled", "when troops opened fire") does
the deed; people told as the subject of a passive ("two protesters were shot by soldiers") suffered it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate

_REACH = 200  # characters before the attack word that can hold its doers

# the agent of a passive, in the event word or right after it ("shot by soldiers", "killed by police")
_BY_AGENT = re.compile(r"\s+by(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_crowd_deeds(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], frozenset[str], re.Pattern[str]]:
    """A search for a noun of protesting people (`doers`), the words that may stand before it at
    the opening of its clause (`openers`), lower-cased, and a search for what opens a new clause
    with a subject of its own between the people and the attack word (`breaks`, ", and", or "and"
    before a capitalised word or "the"), or the auxiliary of a passive (`passives`) of which the
    people are the subject."""
    rules = load_assembly_rules(path).get("crowd_deeds", {})
    doers = re.compile(r"(?<![\w-])(?:" + alternation(rules.get("doers", ())) + r")(?![\w-])", re.IGNORECASE)
    openers = frozenset(w.lower() for w in rules.get("openers", ()))
    # "and" before a capitalised word is matched with case: "and several towns" opens no clause
    breaks = re.compile(
        r"[;:]|,\s*(?i:and)\s|(?<![\w-])(?i:" + alternation([*rules.get("breaks", ()), *rules.get("passives", ())]) + r")(?![\w-])"
        r"|(?<![\w-])(?i:and)\s+(?:(?i:the)\s|[A-Z])"
    )
    return doers, openers, breaks


def _opens_its_clause(text: str, start: int, lo: int, openers: frozenset[str]) -> bool:
    """Whether only a count, an opener or a capitalised or hyphenated adjective stands between the
    opening of the clause (the sentence's start or a comma) and `start`."""
    clause_start = max(text.rfind(",", lo, start) + 1, lo)
    for word in text[clause_start:start].split():
        if word.lower() in openers or word[:1].isupper() or "-" in word or word.replace(",", "").isdigit():
            continue
        return False
    return True


@lru_cache(maxsize=4)
def load_arabic_crowd_deeds(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search, anchored at the end of the searched text, for a verb of going ahead with a deed
    (`crowd_deeds.ar_verbs`, perhaps after و or ف), the people of a protest (`ar_doers`) and على or
    ب, perhaps joined to the attack word that follows ("وأقدم بعضهم على إحراق")."""
    rules = load_assembly_rules(path).get("crowd_deeds", {})
    verbs, doers = alternation(rules.get("ar_verbs", ())), alternation(rules.get("ar_doers", ()))
    if not verbs or not doers:
        return re.compile(r"(?!)")
    return re.compile(r"(?<!\S)[وف]?(?:" + verbs + r")\s+(?:" + doers + r")\s+(?:على\s+|ب)\Z")


def done_by_its_crowd(text: str, cand: _Candidate, group: Sequence[_Candidate]) -> bool:
    """Whether an attack word has protesting people for its doers, with a protest word of the
    same sentence to tell the event (in Arabic, told before it)."""
    if cand.event_type != "attack":
        return False
    if not cand.trigger_text[:1].isascii():
        return any(o.event_type == "protest" and o.trigger[1] <= cand.trigger[0] for o in group) and (
            load_arabic_crowd_deeds().search(text, max(cand.sentence[0], cand.trigger[0] - 40), cand.trigger[0]) is not None
        )
    if not any(o.event_type == "protest" for o in group):
        return False
    if _BY_AGENT.search(cand.trigger_text) or _BY_AGENT.match(text, cand.trigger[1]):
        return False  # "protesters shot dead by police": a passive, the people suffered it
    doers, openers, breaks = load_crowd_deeds()
    s, start = cand.sentence[0], cand.trigger[0]
    lo = max(s, start - _REACH)
    for m in doers.finditer(text, lo, start):
        if _opens_its_clause(text, m.start(), s, openers) and breaks.search(text, m.end(), start) is None:
            return True
    return False
