"""Aid told of two or more giving states listed together is the aid of each: "Qatar and Kenya
have also sent medical aid", "planes carrying aid from the United Arab Emirates, Iraq, Iran and
Russia have landed", "أرسلت قطر وكينيا مساعدات طبية". Every state sends its own supplies, so
each giver's is an event of its own, to the same receivers on the same day (data/assembly.json
`each_giver`). Givers told as giving together ("jointly deposited", "أودعتا معا") give one
package; states named after a word of destination ("to Yemen and Somalia") receive, they give
nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from events.assemble.givers import load_givers, load_receiving_words
from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _stable_id
from events.model import ActorMention, Event

_CLAUSE_END = re.compile(r"[،,.;؛:!?؟()\n\"«»]")
_RECEIVING_REACH = 16  # characters before a list searched for a word of destination


@lru_cache(maxsize=4)
def load_each_giver(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], int, re.Pattern[str]]:
    """(a full match of what may join two givers of a list, the most words between the list and
    the event word, a search for a word of giving together) of data/assembly.json `each_giver`."""
    rules = load_assembly_rules(path).get("each_giver", {})
    conjunctions = alternation(rules.get("conjunctions", ()), spaced=True)
    # a comma, a conjunction or both; never a space alone ("زودت قطر لبنان": giver and receiver)
    joint = r"\s*(?:[,،]\s*(?:(?:" + conjunctions + r")\s*)?|(?:" + conjunctions + r")\s*)(?:the\s+)?"
    together = re.compile(r"(?<!\w)(?:" + alternation(rules.get("together", ()), spaced=True) + r")(?!\w)", re.IGNORECASE)
    return re.compile(joint, re.IGNORECASE), int(rules.get("verb_words", 2)), together


def _country(actor: ActorMention) -> str | None:
    return actor.country if actor.kind == "country" else None


def _joined(text: str, a: ActorMention, b: ActorMention) -> bool:
    """Whether the state `b` follows `a` in one list: a comma or a conjunction between them, or
    the Arabic و written on `b`'s name ("قطر وكينيا")."""
    if load_each_giver()[0].fullmatch(text, a.end, b.start) is not None:
        return True
    return not text[a.end : b.start].strip() and b.text.startswith("و")


def _run(text: str, states: list[ActorMention], first: int, step: int) -> list[ActorMention]:
    """The states of a list that runs from `states[first]` in the direction `step` (1 after, -1
    before), each joined to the next by a comma or a conjunction alone."""
    run = [states[first]]
    i = first + step
    while 0 <= i < len(states):
        a, b = (run[-1], states[i]) if step > 0 else (states[i], run[0])
        if not _joined(text, a, b):
            break
        run.append(states[i]) if step > 0 else run.insert(0, states[i])
        i += step
    return run


def _givers(text: str, trigger: tuple[int, int], actors: list[ActorMention]) -> list[str]:
    """The countries of the list of states that gives the aid of the event word at `trigger`:
    its subject right before it (or, in Arabic, right after the verb), or the states right after
    a word of origin following it ("aid from the UAE, Iraq and Iran"); none when the list has
    fewer than two states or stands after a word of destination."""
    origin = load_givers()[1]
    _, most, _ = load_each_giver()
    states = sorted((a for a in actors if _country(a)), key=lambda a: a.start)
    before = [i for i, a in enumerate(states) if a.end <= trigger[0]]
    after = [i for i, a in enumerate(states) if a.start >= trigger[1]]
    runs: list[list[ActorMention]] = []
    if before:
        gap = text[states[before[-1]].end : trigger[0]]
        if not _CLAUSE_END.search(gap) and len(gap.split()) <= most:
            runs.append(_run(text, states, before[-1], -1))
    if after:
        gap = text[trigger[1] : states[after[0]].start]
        if not _CLAUSE_END.search(gap) and (len(gap.split()) <= most or origin.search(gap) is not None):
            runs.append(_run(text, states, after[0], 1))
    receiving = load_receiving_words()
    for run in sorted(runs, key=len, reverse=True):
        head = run[0].start
        if receiving.search(text, max(0, head - _RECEIVING_REACH), head) is not None:
            continue  # "to Yemen and Somalia": the receivers
        countries = list(dict.fromkeys(_country(a) for a in run))
        if len(countries) > 1:
            return [c for c in countries if c]
    return []


def each_giver(event: Event, text: str, trigger: tuple[int, int], actors: list[ActorMention]) -> list[Event]:
    """The aid events of the givers after the first, when `event` (of a type `givers.types`) is
    given by a list of two or more states: `event` keeps the first giver's; each other giver
    gets its own event with the receivers of `event`."""
    if event.event_type not in load_givers()[0]:
        return []
    end = _CLAUSE_END.search(text, trigger[1])
    clause_end = end.start() if end is not None else len(text)
    start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, trigger[0])), default=0)
    if load_each_giver()[2].search(text, start, clause_end):
        return []  # "jointly deposited", "أودعتا معا": one package of them all
    givers = [c for c in _givers(text, trigger, actors) if c in event.countries]
    if len(givers) < 2:
        return []
    first, *rest = givers
    receivers = [c for c in event.countries if c not in givers]
    country_of = {a.actor_id: _country(a) for a in actors}
    out: list[Event] = []
    for country in rest:
        split = replace(
            event,
            event_id=_stable_id(event.event_id, country),
            countries=[country, *receivers],
            actors=[a for a in event.actors if country_of.get(a) in (None, country) or country_of.get(a) in receivers],
            spans={**event.spans},
            sources=[],
        )
        split.actor1 = next((a for a in split.actors if country_of.get(a) == country), None)
        split.actor2 = next((a for a in split.actors if a != split.actor1), None)
        out.append(split)
    event.countries = [first, *receivers]
    event.actors = [a for a in event.actors if country_of.get(a) not in rest]
    if event.actor1 not in event.actors:
        event.actor1 = next((a for a in event.actors if country_of.get(a) == first), None)
    if event.actor2 not in event.actors or event.actor2 == event.actor1:
        event.actor2 = next((a for a in event.actors if a != event.actor1), None)
    return out
