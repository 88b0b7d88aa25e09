"""A speaker who tells of the doing of the speaker's own country or forces ("قال وزير الخارجية
القطري إن بلاده وقعت اتفاقية مع تركيا", "the minister said his country had signed", "the army said
its jets struck")."""

from __future__ import annotations

from events.assemble.rules import load_own_forces, load_speaker_country_nouns
from events.assemble.speech_gaps import arabic_opening, english_said_then


def _speaker_country_acts(text: str, speaker_end: int, cue_end: int, trigger_start: int) -> bool:
    """Whether what was said opens on a noun of the speaker's own country or government
    (`speaker_country_nouns`: بلاده، حكومته، قواته, his country) or, in English, on its or their
    forces (`own_forces_nouns`), before the event word: that country acts, the speaker's."""
    ar, en = load_speaker_country_nouns()
    opening = arabic_opening().match(text, speaker_end, trigger_start)
    if opening is not None:
        noun = ar.match(text, opening.end(), trigger_start)
        if noun is not None:
            return True
    if load_own_forces().match(text, cue_end, trigger_start) is not None:
        return True  # "said on Monday its forces", "said their jets"
    return english_said_then(en.pattern).match(text, cue_end, trigger_start) is not None
