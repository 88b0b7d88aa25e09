"""A speaker who tells of the doing of the speaker's own country or forces ("قال وزير الخارجية
القطري إن بلاده وقعت اتفاقية مع تركيا", "the minister said his country had signed", "the army said
its jets struck")."""

from __future__ import annotations

from events.assemble.rules import load_own_forces, load_speaker_country_nouns
from events.text.lazy import LazyPattern

# What may stand between an Arabic speaker and what was said: a short time phrase set off by
# commas ("، الأحد،"), then the complementizer
_AR_OPENING = LazyPattern(r"[\s،,]*(?:[^\s،,.]+(?:\s+[^\s،,.]+)?[\s،,]+)?(?:إن|أن|بأن|ان|بان)\s+")

# What may stand between an English verb of saying and what was said: "on Sunday", "that"
_EN_OPENING = LazyPattern(r"(?:\s+(?:on|late on|early on)\s+[A-Z][a-z]+)?,?\s+(?:that\s+)?")


def _speaker_country_acts(text: str, speaker_end: int, cue_end: int, trigger_start: int) -> bool:
    """Whether what was said opens on a noun of the speaker's own country or government
    (`speaker_country_nouns`: بلاده، حكومته، قواته, his country) or, in English, on its or their
    forces (`own_forces_nouns`), before the event word: that country acts, the speaker's."""
    ar, en = load_speaker_country_nouns()
    opening = _AR_OPENING.match(text, speaker_end, trigger_start)
    if opening is not None:
        noun = ar.match(text, opening.end(), trigger_start)
        if noun is not None:
            return True
    if load_own_forces().match(text, cue_end, trigger_start) is not None:
        return True  # "said on Monday its forces", "said their jets"
    opening = _EN_OPENING.match(text, cue_end, trigger_start)
    return opening is not None and en.match(text, opening.end(), trigger_start) is not None
