"""Fighting or a truce told with no country, in an article whose armed sides are of one state.

"Delegations from Sudan's army and the paramilitary Rapid Support Forces resumed negotiations
in the Saudi city of Jeddah ... Fighting that erupted in April has killed thousands of people":
the fighting names no side, and the story names Saudi Arabia, its venue, most often; but the
only armed forces it names are two, both Sudanese, so the war between them is fought in Sudan,
and a truce between them holds there (data/assembly.json `warring_sides`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.actors import load_actors
from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import ActorMention, Event
from events.text.normalize import fold_str


@lru_cache(maxsize=4)
def load_warring_sides(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], frozenset[str], frozenset[str], re.Pattern[str]]:
    """The roles of armed sides, the truce types, the fight types, and a full match (folded,
    lower-cased, an Arabic conjunction allowed) of a word of fighting between sides."""
    rules = load_assembly_rules(path)["warring_sides"]
    words = re.compile(r"[وف]?(?:" + alternation(fold_str(w).lower() for w in rules["words"]) + r")", re.IGNORECASE)
    return frozenset(rules["roles"]), frozenset(rules["truce_types"]), frozenset(rules["fight_types"]), words


def armed_sides_country(actors: Sequence[ActorMention]) -> str | None:
    """The one state of every armed force the article names, when it names two or more."""
    roles = load_warring_sides()[0]
    dictionary = load_actors()
    forces: dict[str, str | None] = {}
    for a in actors:
        if a.actor_id in forces:
            continue
        entry = dictionary.get(a.actor_id)
        if entry is not None and entry.role in roles:
            forces[a.actor_id] = a.country
    states = set(forces.values())
    if len(forces) < 2 or len(states) != 1 or None in states:
        return None
    return states.pop()


def warring_sides(
    text: str, cand: _Candidate, actors: Sequence[ActorMention], events: Sequence[Event] = ()
) -> list[str] | None:
    """The state of a truce, or of fighting told by a word of fighting between sides (the event
    word, or one of the two words after a verb of its outbreak: «واندلعت الحرب بين الطرفين»), whose
    sentence names no country, when all the armed forces of the article are of that one state and
    no fighting or truce told before (`events`) between two countries or more had a side of another ("Israel and Hamas agreed to
    a truce": Hamas and Islamic Jihad are one state's forces, but Israel fought them)."""
    _, truces, fights, words = load_warring_sides()
    if cand.event_type not in truces and not (
        cand.event_type in fights
        and any(
            words.fullmatch(fold_str(w).lower())
            for w in [cand.trigger_text, *text[cand.trigger[1] : cand.trigger[1] + 40].split()[:2]]
        )
    ):
        return None
    country = armed_sides_country(actors)
    if country is None or any(
        (ev.event_type in truces or ev.event_type in fights)
        and len(ev.countries) >= 2  # (one country alone is where it was told, no side)
        and any(c != country for c in ev.countries)
        for ev in events
    ):
        return None
    return [country]
