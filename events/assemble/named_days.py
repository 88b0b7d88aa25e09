"""A deed dated by the catalog through a name its sentence dates otherwise.

A sentence may name a catalogued event and give it a day of its own right after its name
("وردت تركيا بإطلاق عملية "درع الربيع" في الأول من آذار، ... وأسقطت طائرتين"; "أطلقت عملية
استعادة الموصل في 17 أكتوبر 2016 بدعم من التحالف الذي نفذ آلاف الغارات"): that day, not the
catalog's, dates the event the name tells (see `_date_event`). Another deed of the sentence,
with no date of its own, that the catalog dates through that same name is a part of it and
takes the day the text gives the name, not the catalog's.
"""

from __future__ import annotations

from collections.abc import Sequence

from events.assemble.catalog_fit import _date_of_the_word, date_of_another_entry
from events.assemble.text import _disagrees
from events.model import Event, ReferenceMention, TimeMention
from events.reference import ReferenceCatalog


def day_of_the_name(
    event: Event, text: str, references: Sequence[ReferenceMention], dates: Sequence[TimeMention], catalog: ReferenceCatalog
) -> TimeMention | None:
    """The date the sentence gives right after a name of the catalogued event that dates
    `event`, when it is not the catalog's and the text's date stands for it (`_date_event`)."""
    if event.date_basis != "reference" or event.reference_id is None:
        return None
    entry = catalog.get(event.reference_id)
    if entry is None:
        return None
    for r in references:
        if r.ref_id != entry.id:
            continue
        for d in dates:
            if d.start < r.end or not _disagrees(d.value, entry.date):
                continue
            if _date_of_the_word(text, (r.start, r.end), d, entry.date) or date_of_another_entry(
                text, (r.start, r.end), d, entry, catalog
            ):
                return d
    return None


def date_by_the_name(
    event: Event,
    text: str,
    references: Sequence[ReferenceMention],
    dates: Sequence[TimeMention],
    catalog: ReferenceCatalog,
    spans: dict,
) -> None:
    """Date `event` by the day its sentence gives the catalogued name that dates it (above)."""
    day = day_of_the_name(event, text, references, dates, catalog)
    if day is None:
        return
    event.date, event.date_precision, event.date_basis = day.value, day.precision, day.basis  # type: ignore[assignment]
    event.end_date = day.end_value
    event.reference_id = None
    spans["date"] = [day.start, day.end]
