"""Two events told by the same words: the readings of one deed (data/triggers.json `also`).

"Musharraf, who seized power in a 1999 military coup": the seizure of power is a change of
office and an armed seizure of the state, two events of one deed. The office's reading may be
dated by the reference catalog (the coup of 12 October 1999), which knows the deed under that
type alone; the other reading is the same deed on the same day, not a deed of the time a
later clause gives ("resigned as army chief last month")."""

from __future__ import annotations

from events.model import Event


def dated_as_their_twins(events: list[Event]) -> None:
    """Give an event the catalogued time of another event told by the very same words."""
    by_words: dict[tuple[int, int], list[Event]] = {}
    for event in events:
        trigger = event.spans.get("trigger")
        if trigger:
            by_words.setdefault((trigger[0], trigger[1]), []).append(event)
    for twins in by_words.values():
        dated = next((e for e in twins if e.date_basis == "reference"), None)
        if dated is None or len({e.event_type for e in twins}) < 2:
            continue
        for event in twins:
            if event is not dated and event.date_basis != "reference":
                event.date, event.date_precision, event.date_basis = dated.date, dated.date_precision, dated.date_basis
                event.end_date = dated.end_date
