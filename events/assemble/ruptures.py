"""A state that cuts its ties with another decides at home: the rupture takes place in the
country of the one state that cuts them, not in the country of the state cut off."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.places import _at_the_initiator
from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.model import ActorMention, Event
from events.places import Gazetteer
from events.text.normalize import fold_str, listed_after_proclitics


@lru_cache(maxsize=4)
def load_rupture_words(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """The first words of a sanction that breaks ties (data/assembly.json `rupture_words`)."""
    return frozenset(fold_str(w).lower() for w in load_assembly_rules(path).get("rupture_words", ()))


def _rupture(trigger_text: str) -> bool:
    """Whether the event word is one of `rupture_words`, maybe after a clitic (وقطع، بقطع)."""
    words = load_rupture_words()
    parts = trigger_text.split()
    first = fold_str(parts[0]).lower() if parts else ""
    return listed_after_proclitics(first, words)


def _rupture_at_home(
    event: Event, trigger_text: str, initiator: Sequence[ActorMention], gazetteer: Gazetteer, spans: dict
) -> None:
    """Place a rupture of ties between two states, told by the one that cuts them ("أعلنت
    الجزائر قطع العلاقات مع المغرب", "Algeria cut ties with Morocco"), in that state's country
    when the event stands in a country. An event of more countries (several states that cut
    their ties together, or a third named beside them) stays where the other rules place it."""
    if event.event_type != "sanctions" or not _rupture(trigger_text):
        return
    home = next((a.country for a in initiator if a.country), None)
    if home is None or len(set(event.countries)) != 2 or home not in event.countries:
        return  # "قطعت السعودية والإمارات والبحرين ومصر العلاقات مع قطر": several states
    _at_the_initiator(event, initiator, gazetteer, spans)
