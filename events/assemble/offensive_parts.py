"""The parts of a campaign told beside it: "وتشن تركيا منذ 20 كانون الثاني/يناير هجوما واسعا
ضد منطقة عفرين ... عملية عسكرية تترافق مع قصف جوي ومدفعي كثيف" is one offensive, since
January 20, not a second attack on the day of the publication.
"""

from __future__ import annotations

from datetime import date

from events.assemble.counted_onsets import dated_as_an_onset
from events.assemble.dedupe import _elsewhere, _told_as_another
from events.assemble.rules import load_campaign_accompaniments, load_offensive_types
from events.assemble.text import _unique
from events.assemble.undated_retellings import _definite
from events.model import Event
from events.text.normalize import fold_str

# The days since its start within which a campaign's fighting told with no date is its own:
# one begun a season or more before has strikes of their own days, news of their own.
CAMPAIGN_DAYS = 92


def _going_on(event: Event) -> bool:
    """Whether the event is a campaign told as going on since a day before the publication:
    dated by its start (`dated_as_an_onset`: منذ 20 يناير, since January) or catalogued, and
    not told as another of its type, begun in the `CAMPAIGN_DAYS` before the publication."""
    if event.date_basis not in ("explicit", "relative", "reference") or not event.date or not event.published:
        return False
    try:
        days = (date.fromisoformat(event.published[:10]) - date.fromisoformat((event.date + "-01-01")[:10])).days
    except ValueError:
        return False
    if not 0 < days <= CAMPAIGN_DAYS or _told_as_another(event):
        return False
    return dated_as_an_onset(event) or event.reference_id is not None


def _accompanying(event: Event) -> bool:
    """Whether the event's word comes right after a word of accompaniment, perhaps one word
    between (`campaign_accompaniments`: "عملية عسكرية تترافق مع قصف جوي", "an offensive
    accompanied by heavy air strikes"): it goes with the campaign its sentence tells."""
    quote, trigger = event.spans.get("quote"), event.spans.get("trigger")
    if not quote or not trigger:
        return False
    before = fold_str(event.quote[max(0, trigger[0] - quote[0] - 40) : trigger[0] - quote[0]]).lower()
    return load_campaign_accompaniments().search(before) is not None


def _campaign_of(part: Event, events: list[Event]) -> Event | None:
    """The one campaign going on (`_going_on`) of which an undated telling of its type
    (`offensive_types`), definite ("المعارك", "the bombardment") or accompanying it
    (`_accompanying`), is a part, its bombing, its fighting or its toll so far: naming none
    but the campaign's sides (two or more), in no other place."""
    if part.event_type not in load_offensive_types() or part.date_basis != "publication":
        return None
    if part.reference_id is not None or _told_as_another(part) or not (_definite(part) or _accompanying(part)):
        return None  # an indefinite strike told alone ("غارة جوية", "an air strike") may be news of its own
    wholes = [
        e
        for e in events
        if e is not part
        and e.event_type == part.event_type
        and _going_on(e)
        and len(e.countries) >= 2
        and set(part.countries) <= set(e.countries)  # a part names no side the campaign has not
        and not _elsewhere(part, e)
    ]
    return wholes[0] if len(wholes) == 1 else None


def without_parts_of_campaigns(events: list[Event]) -> list[Event]:
    """The events less each part of a campaign (`_campaign_of`): its sentence joins the
    campaign's sources, its parties the campaign's."""
    kept: list[Event] = []
    for ev in events:
        whole = _campaign_of(ev, events)
        if whole is None:
            kept.append(ev)
            continue
        whole.sources = [*whole.sources, *ev.sources]
        whole.actors = _unique([*whole.actors, *ev.actors])
        whole.countries = _unique([*whole.countries, *ev.countries])
    return kept
