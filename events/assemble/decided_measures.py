"""A measure states decide against another (cutting or downgrading their ties, a boycott,
sanctions or an embargo, listing people or bodies as terrorists) is a decision, not a deed done
at a place: the states it names are its sides, the capital of the one acted on is its target, and
the text tells no place where it was taken ("قطعت السعودية والإمارات والبحرين ومصر علاقاتها مع
الدوحة", "the boycott of Qatar", "the US sanctions on Damascus"). Such a measure is placed nowhere.

A measure carried out on some ground keeps its place: an expulsion (done in the expelling state),
a closure of a border, an airspace or an office, a ban or a suspension of flights, trade or aid
(done on the suspending state's ground), a siege or a blockade. So does a measure told by the
one state that takes it against one other, placed in that state (events/assemble/measures.py,
ruptures.py): its deed at home.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, known_word, load_assembly_rules
from events.model import ActorMention, Event
from events.text.normalize import fold_str


@lru_cache(maxsize=4)
def _rules(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], frozenset[str], frozenset[str], int]:
    """data/assembly.json `decided_measures`: the event words of a decided measure, the verbs of
    imposing, the nouns of a penalty imposed, and how many words after the verb the noun may come."""
    rules = load_assembly_rules(path).get("decided_measures", {})

    def fold(key: str) -> frozenset[str]:
        return frozenset(fold_str(w).lower() for w in rules.get(key, ()))

    return fold("words"), fold("imposing"), fold("penalties"), int(rules.get("reach", 8))



def _words(text: str) -> list[str]:
    return [fold_str(w).strip(".,;:!?\"'()«»،؛").lower() for w in text.split()]


def decided_measure(text: str, trigger: tuple[int, int], trigger_text: str) -> bool:
    """Whether the sanction told by the event word at `trigger` is a decided measure: one of its
    words is a word of such a measure (قطع، مقاطعة، استدعاء، العقوبات، cut, recalled,
    sanctions), or it is a verb of imposing whose object, a few words on in its
    clause (past its subject and a date), is a penalty (فرضت واشنطن عقوبات، imposed sweeping sanctions; not فرضت حصارا, a siege)."""
    words, imposing, penalties, reach = _rules()
    told = _words(trigger_text)
    if any(known_word(w, words) for w in told):
        return True
    if not told or not known_word(told[0], imposing):
        return False
    after = re.split(r"[.,;:!?،؛]", text[trigger[1] : trigger[1] + 300], maxsplit=1)[0]  # its own clause
    return any(known_word(w, penalties) for w in _words(after)[:reach])


def one_state_at_home(event: Event, initiator: Sequence[ActorMention]) -> bool:
    """Whether the sanction is one state's measure against one other, placed in the acting
    state's country ("Canada imposed sanctions on Iran", "قطعت الجزائر علاقاتها مع المغرب"): its
    deed at home, which keeps its place."""
    home = next((a.country for a in initiator if a.country), None)
    return (
        event.event_type == "sanctions"
        and home is not None
        and len(set(event.countries)) == 2
        and (event.location or {}).get("country") == home
    )


def decided_measures_unplaced(events: list[Event], text: str, at_home: AbstractSet[int] = frozenset()) -> None:
    """Place the sanctions that are decided measures nowhere (see the module's doc), each
    judged by its own event word, once the tellings of one measure are merged; not those of
    `at_home` (ids of the measures of `one_state_at_home`)."""
    for event in events:
        trigger = event.spans.get("trigger")
        if event.event_type != "sanctions" or event.location is None or not trigger or id(event) in at_home:
            continue
        if decided_measure(text, (trigger[0], trigger[1]), event.trigger):
            event.location = None
            event.spans.pop("location", None)
