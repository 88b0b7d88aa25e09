"""Two events told by the same words: the readings of one deed (data/triggers.json `also`).

"Musharraf, who seized power in a 1999 military coup": the seizure of power is a change of
office and an armed seizure of the state, two events of one deed. The office's reading may be
dated by the reference catalog (the coup of 12 October 1999, "since the August 2020 coup"),
which knows the deed under that type alone; the other reading is the same deed on the same day,
not a deed of the time a later clause gives ("resigned as army chief last month")."""

from __future__ import annotations

from events.model import Event


def dated_as_their_twins(events: list[Event]) -> None:
    """Give an event the catalogued time of an event of another type told by the same words."""
    catalogued = [e for e in events if e.date_basis == "reference" and e.spans.get("trigger")]
    if not catalogued:
        return
    for event in events:
        trigger = event.spans.get("trigger")
        if not trigger or event.date_basis == "reference":
            continue
        dated = next(
            (
                e
                for e in catalogued
                if e.event_type != event.event_type and e.spans["trigger"][0] < trigger[1] and trigger[0] < e.spans["trigger"][1]
            ),
            None,
        )
        if dated is not None:
            event.date, event.date_precision, event.date_basis = dated.date, dated.date_precision, dated.date_basis
            event.end_date = dated.end_date


def placed_as_their_twins(events: list[Event]) -> None:
    """Give the armed seizure of a coup the place of the change of office told by the same words
    (or by a catalogued name holding them: "a month after the coup in Niger"):
    "Sisi, who led a coup in 2013, visited Riyadh on Monday" seized power in Egypt, where the
    office changed hands, not where the sentence's later deed took him."""
    offices = [e for e in events if e.event_type == "appointment" and e.spans.get("trigger") and e.location is not None]
    for event in events:
        trigger = event.spans.get("trigger")
        if event.event_type != "attack" or not trigger:
            continue
        office = next((o for o in offices if o.spans["trigger"][0] < trigger[1] and trigger[0] < o.spans["trigger"][1]), None)
        if office is not None and office.location is not None:
            event.location = dict(office.location)
