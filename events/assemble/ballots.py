"""A vote cast with no date of its own is the article's own election."""

from __future__ import annotations

from datetime import date, timedelta

from events.assemble.rules import load_ballot_acts
from events.assemble.text import _Candidate
from events.model import Event
from events.reference import ReferenceEntry

# how long before the publication a catalogued election may still be the one being voted in
_OWN_VOTE_DAYS = 30


def _older_vote_than_the_ballot(event: Event, cand: _Candidate, text: str, entry: ReferenceEntry | None) -> bool:
    """Whether the catalog's election for an undated sentence that tells a vote being cast
    ("President Kais Saied cast his ballot in Tunis", "has cast his ballot", "أدلى بصوته") is
    one held more than a month before the publication: a ballot cast with no date is the
    article's own vote, and a name or a place it shares with an older catalogued election (the
    president who won that one) does not make it that one."""
    if entry is None or event.event_type != "election" or not event.published:
        return False
    if load_ballot_acts().fullmatch(text, cand.trigger[0], cand.trigger[1]) is None:
        return False
    try:
        cutoff = (date.fromisoformat(event.published[:10]) - timedelta(days=_OWN_VOTE_DAYS)).isoformat()
    except ValueError:
        return False
    held = entry.end_date or entry.date
    return held < cutoff[: len(held)]
