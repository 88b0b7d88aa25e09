"""An English article that opens on a plural noun of an event type dated to a day ("Aid flights
from across the Arab world landed in Turkey and Syria yesterday") rounds up the deeds of that
day: each deed of the type a later sentence tells by a verb in the past, with no time word of
its own ("The UAE sent two aircraft ...", "Iraq flew planeloads of fuel ..."), is one of them,
on the lead's day, not a flow of the publication's year nor the publication's own day. Not a
deed told in the pluperfect ("had sent"), which sets it before that day; only for the types of
data/assembly.json `roundup_days.types` (aid), not for attacks, which go on from day to day."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from events.assemble.rules import load_assembly_rules
from events.assemble.text import RETOLD_DAYS
from events.model import Event, TriggerMention

_PLUPERFECT = re.compile(r"\bhad\s+(?:\w+\s+)?\Z", re.IGNORECASE)


def _roundup_lead(events: Sequence[Event], first: tuple[int, int]) -> dict[str, Event]:
    """The events of the article's first sentence told by a plural noun and dated to a day in
    the week up to the publication, by type (of data/assembly.json `roundup_days.types`)."""
    types = frozenset(load_assembly_rules().get("roundup_days", {}).get("types", ()))
    leads: dict[str, Event] = {}
    for ev in events:
        if ev.event_type not in types:
            continue
        quote = ev.spans.get("quote")
        words = (ev.trigger or "").split()
        if not quote or quote[0] < first[0] or quote[1] > first[1] or not words or not ev.published:
            continue
        if ev.date_basis not in ("explicit", "relative") or ev.date_precision != "day" or not ev.date:
            continue
        if not (words[-1].isascii() and words[-1].endswith("s") and not words[-1].endswith("ss")):
            continue
        gap = (date.fromisoformat(ev.published[:10]) - date.fromisoformat(ev.date[:10])).days
        if 0 <= gap <= RETOLD_DAYS:
            leads.setdefault(ev.event_type, ev)
    return leads


def dated_by_the_roundup(
    events: Sequence[Event], text: str, sentences: Sequence[tuple[int, int]], triggers: Sequence[TriggerMention]
) -> None:
    """Give the lead's day to the later deeds of its type told by a verb in the past and still
    dated by the publication (see the module's doc)."""
    if not sentences or not text[: sentences[0][1]].isascii():
        return
    leads = _roundup_lead(events, sentences[0])
    if not leads:
        return
    past = {t.start for t in triggers if t.tense == "past"}
    for ev in events:
        lead = leads.get(ev.event_type)
        trigger = ev.spans.get("trigger")
        if lead is None or ev is lead or ev.date_basis != "publication" or not trigger:
            continue
        if trigger[0] < sentences[0][1] or trigger[0] not in past or not text[trigger[0] : trigger[0] + 1].isascii():
            continue
        if _PLUPERFECT.search(text, max(0, trigger[0] - 24), trigger[0]):
            continue
        ev.date, ev.date_precision, ev.date_basis = lead.date, "day", "relative"  # type: ignore[assignment]
