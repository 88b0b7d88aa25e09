"""A gathering told as the occasion of a deed just before it in its clause ("agreed to normalise
relations in a phone call between Trump, Burhan and Netanyahu", «اتفقا على تطبيع العلاقات في
اتصال هاتفي جمع ترامب والبرهان», "signed the deal during a visit to Cairo") took place when that
deed did: with no time of its own, it takes the deed's day, also when the deed's day comes from a
saying that reports both ("The White House announced on Friday that ...")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from events.assemble.text import _CLAUSE_BREAK, _Candidate
from events.model import Event
from events.text.lazy import LazyPattern

# the types of a gathering that may be the occasion of another deed
OCCASION_TYPES = frozenset({"meeting", "visit"})

# right before the gathering's word: a preposition of occasion, an article, up to two adjectives
_OCCASION_BEFORE = LazyPattern(
    r"(?<![^\W\d_])(?:(?:in|during|at)\s+(?:(?:a|an|the|their|his|her|its)\s+)?(?:[a-z][\w-]*\s+){0,2}"
    r"|[وف]?(?:في|خلال|أثناء|اثناء)\s+)\Z",
    re.IGNORECASE,
)

# a comma right before the preposition of the occasion
_COMMA_BEFORE = LazyPattern(r"[,،]\s*\Z")

# the farthest the deed's word may stand before the gathering's
_REACH = 120


def date_as_the_occasion(event: Event, text: str, cand: _Candidate, told: Sequence[Event], spans: dict) -> None:
    """Date a publication-dated gathering that is the occasion of a deed told just before it in
    its clause by that deed's day."""
    if event.event_type not in OCCASION_TYPES or event.date_basis != "publication":
        return
    start = cand.trigger[0]
    occasion = _OCCASION_BEFORE.search(text, max(cand.sentence[0], start - 40), start)
    if occasion is None:
        return
    # a comma may set the occasion off ("اتفقا على تطبيع العلاقات بينهما، في اتصال هاتفي")
    opening = _COMMA_BEFORE.search(text, max(cand.sentence[0], occasion.start() - 3), occasion.start())
    lead = opening.start() if opening is not None else occasion.start()
    deeds = [
        x
        for x in told
        if x.event_type != event.event_type
        and x.date_basis != "publication"
        and x.date
        and (trigger := x.spans.get("trigger"))
        and cand.sentence[0] <= trigger[0]
        and trigger[1] <= start
        and start - trigger[1] <= _REACH
        and _CLAUSE_BREAK.search(text, trigger[1], lead) is None
    ]
    if not deeds:
        return
    deed = max(deeds, key=lambda x: x.spans["trigger"][0])
    event.date, event.date_precision, event.date_basis = deed.date, deed.date_precision, deed.date_basis
    event.end_date = None
    if deed.spans.get("date"):
        spans["date"] = list(deed.spans["date"])
