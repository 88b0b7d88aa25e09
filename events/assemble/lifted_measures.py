"""A catalogued measure named as what is lifted, eased or broken ("talks on easing the blockade of
Gaza", "a ship trying to break the blockade of Gaza", "خُفف الحصار على غزة"): the cue of lifting
tells that no new measure is taken, but the measure it names was imposed, on the catalogued day,
and stands as a background event told in passing. Its word is read like an epithet's (the jailed
activist): dated by the catalog alone, so a measure the catalog does not know (برفع العقوبات
الغربية) gives no event, its day unknown (data/assembly.json `lifted_measure_cues`)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, known_word, load_assembly_rules
from events.model import TriggerMention
from events.text.normalize import fold_str


@lru_cache(maxsize=4)
def load_lifted_measure_cues(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], frozenset[str]]:
    """The types whose catalogued names outlast a cue of lifting, and the cues' words (folded)."""
    rules = load_assembly_rules(path).get("lifted_measure_cues", {})
    return frozenset(rules.get("types", ())), frozenset(fold_str(w).lower() for w in rules.get("words", ()))


def lifted_measure(trigger: TriggerMention) -> bool:
    """Whether the trigger is a measure negated only by a cue of lifting, easing or breaking it."""
    types, words = load_lifted_measure_cues()
    if trigger.event_type not in types or trigger.modality != "negated" or not trigger.cue:
        return False
    return known_word(fold_str(trigger.cue).lower(), words)
