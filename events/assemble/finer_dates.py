"""One deed of the past told twice, once by a coarser date and once by a finer one within it
("قصفت تركيا مخزنا في العراق عام 2009 ... الغارة التي شنتها في أكتوبر 2009"; "the 2009
strike ... the raid it carried out in October 2009"), between the very same countries: a
background told again in more detail is one event, whatever the side a clause of either
telling puts first. Only a deed dated in a year before the publication's is so read (the
day's news may well hold two deeds of one year); two deeds dated to two different months or
days, or placed in two countries, are never one."""

from __future__ import annotations

from events.model import Event
from events.text.normalize import to_ascii_digits

_PRECISION_RANK = {"year": 0, "month": 1, "day": 2}




def _written(event: Event) -> bool:
    """Whether the event's date is one its own sentence writes with its year ("عام 2009", "in
    October 2009"), not the publication's, a catalog's, nor one read from a sentence before
    ("shortly afterwards": another deed, perhaps the answer to the one told before)."""
    if not event.date or event.date_basis != "explicit":
        return False
    quote, told = event.spans.get("quote"), event.spans.get("date")
    if not quote or not told:
        return False
    words = to_ascii_digits(event.quote[told[0] - quote[0] : told[1] - quote[0]])
    return event.date[:4] in words


def one_deed_at_two_precisions(a: Event, b: Event) -> bool:
    """Whether `a` and `b` tell one past deed of one type between the same countries, one at a
    coarser date that holds the other's (a year and a month of it, a month and a day of it),
    both dates written and in a year before the publication's."""
    if a.event_type != b.event_type or not (_written(a) and _written(b)) or not a.published:
        return False
    if set(a.countries) != set(b.countries) or len(set(a.countries)) < 2:
        return False
    ra, rb = _PRECISION_RANK.get(a.date_precision or ""), _PRECISION_RANK.get(b.date_precision or "")
    if ra is None or rb is None or ra == rb:
        return False
    coarse, fine = (a.date, b.date) if ra < rb else (b.date, a.date)
    assert coarse is not None and fine is not None
    if not fine.startswith(coarse):
        return False
    return fine[:4].isdigit() and fine[:4] < a.published[:4]


def without_coarser_tellings(events: list[Event]) -> list[Event]:
    """The events less each past deed told again at a coarser date that holds another telling's
    (`one_deed_at_two_precisions`): the finer telling is that deed, and takes the coarser one's
    sides and, if it has none, its place. Read once the retellings of the day's news have gone,
    so that each telling still answers for its own sentence until then."""
    from events.assemble.dedupe import _elsewhere, _told_as_another

    gone: set[int] = set()
    for fine in events:
        for coarse in events:
            if coarse is fine or id(coarse) in gone or id(fine) in gone:
                continue
            if len(coarse.date or "") >= len(fine.date or "") or not one_deed_at_two_precisions(coarse, fine):
                continue
            if _elsewhere(coarse, fine) or _told_as_another(coarse) or _told_as_another(fine):
                continue
            if coarse.reference_id and fine.reference_id and coarse.reference_id != fine.reference_id:
                continue
            fine.actors = list(dict.fromkeys([*fine.actors, *coarse.actors]))
            if fine.location is None and coarse.location is not None:
                fine.location = coarse.location
                if "location" in coarse.spans:
                    fine.spans["location"] = coarse.spans["location"]
            gone.add(id(coarse))
    return [e for e in events if id(e) not in gone]
