"""A state that reacts to a deed is not where the deed took place: a country named as the subject
of a verb of reaction whose object is the event word ("دانت مصر الهجوم الذي استهدف مسجدا",
"Egypt condemned the attack") is the one that condemned or welcomed it; the deed's place is
then one the sentence states, or none.
"""

from __future__ import annotations

from events.assemble.dating import load_reaction_verbs
from events.assemble.text import _Candidate, _locative
from events.model import Event, PlaceMention

_SUBJECT_REACH = 40  # characters before a verb of reaction within which its fronted subject ends


def reactor_no_place(event: Event, text: str, cand: _Candidate, place: PlaceMention | None, spans: dict) -> None:
    """Drop the location when it is the country named as the subject of a verb of reaction
    whose object is the event word: right after the verb (دانت مصر الهجوم) or right before it
    (Egypt condemned the attack), not after a preposition."""
    if place is None or place.precision != "country" or place.end > cand.trigger[0] or _locative(text, place):
        return
    if (event.location or {}).get("country") != place.country:
        return
    s = cand.sentence[0]
    m = load_reaction_verbs().search(text[s : cand.trigger[0]])
    if m is None:
        return
    verb_start, verb_end = s + m.start(), s + m.end()
    after_verb = verb_start <= place.start < verb_end
    before_verb = place.end <= verb_start and not text[place.end : verb_start].strip(" ،,") and verb_start - place.end < _SUBJECT_REACH
    if after_verb or before_verb:
        event.location = None
        spans.pop("location", None)
