"""A noun set after a comma that names again the deed a verb before it told.

"a suicide car bomber killed 40 paramilitary police in Pulwama, an attack claimed by the
Pakistan-based JeM": the noun phrase after the comma (an article, at most two words, the event
word) is an apposition to the clause before it, which tells the deed; it names that deed again,
with no deed or time of its own. The verb before it is the sentence's event, with the time its
own clause gives it; the noun is no second event. English only: an Arabic noun after a comma
comes with a preposition of its own («، في هجوم تبناه»), a circumstance the other rules weigh.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from events.assemble.text import _Candidate, _clause
from events.text.lazy import LazyPattern

# a comma, an article or a word of counting one more, and at most two words before the noun,
# none of them a word of time or of sequence (", the day after missile strikes on Kyiv", ", a week
# after drone strikes": a deed of another time, no apposition)
_APPOSITION = LazyPattern(
    r",\s*(?:an?|another|the|one)\s+"
    r"(?:(?!(?:day|days|week|weeks|month|months|year|years|hours?|after|before|since|following|ago|later|earlier)(?![\w-]))[^\W\d_][\w-]*\s+){0,2}\Z",
    re.IGNORECASE,
)


def restates_the_deed_before(text: str, cand: _Candidate, group: Sequence[_Candidate]) -> bool:
    """Whether `cand`, a noun, opens an apposition after a comma to a clause in which a verb
    in the past of its own type tells the deed (`group`: the candidates of its sentence)."""
    if cand.tense not in ("", "base"):  # a noun, or a word that may be a verb's base ("an attack")
        return False
    lo, _ = _clause(text, cand.sentence, cand.trigger)
    if lo <= cand.sentence[0] or _APPOSITION.search(text, lo - 1, cand.trigger[0]) is None:
        return False
    for other in group:
        if other is cand or other.event_type != cand.event_type or other.tense != "past":
            continue
        _, hi = _clause(text, other.sentence, other.trigger)
        if other.trigger[1] <= lo and text[hi:lo].strip() == ",":
            return True  # the verb's clause is the one the comma closes
    return False
