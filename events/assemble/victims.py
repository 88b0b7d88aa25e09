"""An English noun of the people of an event (`victim_nouns` of data/assembly.json: protesters,
demonstrators) that stands, after a count or an adjective or two, as the object of another event
word told by a verb in the past ("security forces killed three protesters", "shot dead five
demonstrators"): it names whom the deed befell, and the sentence's event is that deed; not when
the deed's words before it name means of dispersing a crowd (`dispersing`: "police fired tear gas
at protesters"): the crowd protested, a demonstration beside the deed."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate


@lru_cache(maxsize=4)
def load_victim_nouns(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match of the words between a verb and its object noun: at most `words` words, no punctuation."""
    rules = load_assembly_rules(path).get("victim_nouns", {})
    nouns = alternation(rules.get("nouns", ()))
    words = int(rules.get("words", 3))
    return re.compile(r"(?:\s+[\w-]+){0," + str(words) + r"}?\s+(?:" + nouns + r")\Z", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_victim_words(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """The nouns of `victim_nouns`, lower-cased."""
    return frozenset(w.lower() for w in load_assembly_rules(path).get("victim_nouns", {}).get("nouns", ()))


@lru_cache(maxsize=4)
def load_dispersing_means(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for one of `victim_nouns.dispersing` (tear gas, water cannon, الغاز المسيل), an
    Arabic one perhaps after و or ب."""
    rules = load_assembly_rules(path).get("victim_nouns", {})
    return re.compile(r"(?<![\w-])[وب]?(?:" + alternation(rules.get("dispersing", ())) + r")(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_violent_participles(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search, anchored at the end, for one of `victim_nouns.participles` and at most `words`
    words before the end (a count, an adjective)."""
    rules = load_assembly_rules(path).get("victim_nouns", {})
    words = int(rules.get("words", 3))
    return re.compile(
        r"(?<![\w-])(?:" + alternation(rules.get("participles", ())) + r")(?:\s+[\w-]+){0," + str(words) + r"}?\s+\Z",
        re.IGNORECASE,
    )


def named_as_victims(text: str, cand: _Candidate, group: Sequence[_Candidate]) -> bool:
    """Whether the candidate's word is such a noun of people, the object of a verb in the past of
    another candidate of its sentence, or of a participle of violence told after such a verb
    ("stormed the protest camp, beating demonstrators"), the deed's words naming no means of
    dispersing a crowd before it."""
    if cand.tense or not cand.trigger_text[:1].isascii():
        return False
    pattern = load_victim_nouns()
    beaten = (
        load_violent_participles().search(text, max(cand.sentence[0], cand.trigger[0] - 60), cand.trigger[0])
        if cand.trigger_text.lower() in load_victim_words()
        else None
    )
    dispersing = load_dispersing_means()
    return any(
        other.tense == "past"
        and other.event_type != cand.event_type
        and (
            (0 < cand.trigger[0] - other.trigger[1] <= 40 and pattern.match(text, other.trigger[1], cand.trigger[1]) is not None)
            or (beaten is not None and other.trigger[1] <= beaten.start())
        )
        and dispersing.search(text, other.trigger[0], cand.trigger[0]) is None  # "fired tear gas at protesters"
        for other in group
    )


# the reach, in characters before the word of the crowd, of the means of dispersing it
_DISPERSED_REACH = 80


def dispersed_crowd(text: str, cand: _Candidate) -> bool:
    """Whether the protest's word, a crowd, comes after means of dispersing a crowd told in its
    sentence ("police fired tear gas at protesters", "used water cannon to disperse a crowd",
    «أطلقت الشرطة الرصاص المطاطي على محتجين»): the crowd protested, a demonstration beside the
    sentence's deed."""
    if cand.event_type != "protest":
        return False
    start = max(cand.sentence[0], cand.trigger[0] - _DISPERSED_REACH)
    return load_dispersing_means().search(text, start, cand.trigger[0]) is not None
