"""A deed named by a noun that a verb of its type in the past tells done in its sentence.

«وكان الحريري قد قتل ... في انفجار ضخم استهدف موكبه», "a second car bomb exploded in the
Madina district": the noun chosen for the deed (انفجار, car bomb) is told done by a verb of the
same type in the past, asserted, a few words from it. In a sentence naming no country, such a
deed, a state's own doing (`parties.a_states_own_deed`), took place in the country the article
is clearly about, as one told by a verb in the past does (`parties.done_in_a_clear_home`); not
one told in a region of many states («في عدد من البلاد الأفريقية»), nor one whose verb a deed came
before ("defused before it exploded"), nor one of the domestic types
(`home_country_types`: an arrest, a protest, an election), which their own words place at home
with their own guards ("in fewer numbers than a year earlier" compares another vote).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from events.assemble.parties import a_states_own_deed, load_home_types
from events.assemble.text import _Candidate
from events.assemble.the_country import names_many_lands
from events.model import TriggerMention
from events.text.lazy import LazyPattern

# the most words between the noun and the verb that tells it done
VERB_REACH = 8
# a verb told as what a deed came before ("defused before it exploded", «قبل أن ينفجر»)
_BEFORE = LazyPattern(r"(?<![^\W\d_])(?:before|قبل\s+أن)\s+(?:(?:it|they|he|she)\s+)?\Z", re.IGNORECASE)


def told_done_by_a_verb(text: str, cand: _Candidate, triggers: Sequence[TriggerMention]) -> bool:
    """Whether the candidate, a noun, is told done by an asserted verb of its type in the past
    within `VERB_REACH` words of it in its sentence (`triggers`: the sentence's event words)."""
    if (
        cand.tense
        or not a_states_own_deed(cand.event_type)
        or cand.event_type in load_home_types()  # placed by their own words, with their own guards
        or names_many_lands(text, cand.sentence)
    ):
        return False
    for t in triggers:
        if t.event_type != cand.event_type or t.tense != "past" or t.modality != "asserted" or (t.start, t.end) == cand.trigger:
            continue
        if _BEFORE.search(text, max(0, t.start - 20), t.start):
            continue  # "was defused before it exploded": a deed that did not come
        between = text[min(t.end, cand.trigger[1]) : max(t.start, cand.trigger[0])]
        if "." not in between and len(between.split()) <= VERB_REACH:
            return True
    return False
