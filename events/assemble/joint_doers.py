"""A deed's subject of sides joined by a conjunction ("The United States and Britain carried out
dozens of air and missile strikes", "The United States, Britain and France launched more than 100
missiles", "شنت السعودية والإمارات غارات"): all are its doers, though the sentence's initiator is
one of them. Another telling that names only one of them as the doer ("US fighter jets ... hit
more than 60 targets", "a claim Washington dismissed") tells the same deed again, not a deed of
another doer."""

from __future__ import annotations

import re
from collections.abc import Sequence

from events.model import ActorMention
from events.text.lazy import LazyPattern

# what stands between two sides joined as one subject: "and" (perhaps "the"), or و written on the
# next name, or the comma of a list of them ("The United States, Britain and France")
_JOINED = LazyPattern(r"\s*(?:(?:,\s*)?(?:and|&)(?:\s+the)?|و|[,،])\s*", re.IGNORECASE)


def joint_doers(text: str, initiator: Sequence[ActorMention], others: Sequence[ActorMention]) -> list[ActorMention]:
    """The sides joined to the initiator by a conjunction with nothing else between, before it
    or after it, one after another; sides joined by a comma only as items of a list that a
    conjunction closes ("The United States, Britain and France"), not a name set off by commas."""
    if not initiator:
        return []
    lead = initiator[0]
    after = sorted((a for a in others if a.start >= lead.end), key=lambda a: a.start)
    before = sorted((a for a in others if a.end <= lead.start), key=lambda a: -a.end)
    return [*_chain(text, lead, after, forward=True), *_chain(text, lead, before, forward=False)]


def _chain(text: str, lead: ActorMention, sides: Sequence[ActorMention], forward: bool) -> list[ActorMention]:
    """The sides next to one another from `lead` on, as far as a conjunction makes them a list:
    after the lead, up to the last side a conjunction joins ("the United States, Britain and
    France", from the first); before it, all those past the conjunction that joins the lead's
    list (from the last)."""
    chain: list[ActorMention] = []
    closed = 0  # how many of the chain are items of a list a conjunction joins
    joined = False
    edge = lead
    for a in sides:
        lo, hi = (edge.end, a.start) if forward else (a.end, edge.start)
        m = _JOINED.fullmatch(text, lo, hi)
        # "الولايات المتحدة وبريطانيا": the Arabic conjunction is written on the later name
        written_on = not text[lo:hi].strip() and text[hi : hi + 1] == "و"
        if m is None and not written_on:
            break
        conjunction = written_on or bool(m and m.group().strip(" ,،"))
        chain.append(a)
        joined = joined or conjunction
        if joined and (not forward or conjunction):
            closed = len(chain)
        edge = a
    return chain[:closed]
