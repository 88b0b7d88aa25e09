"""A wire story's lead sums up its news with no day of its own ("ANKARA, Jan 24 - Turkey's
parliament has ratified Sweden's bid to join NATO"; "Turkey withdrew its ambassador from Israel
..."; «أنقرة (رويترز) - صادق البرلمان التركي على طلب السويد ...»), dated only by the dateline or
the publication, and a later sentence tells the same deed with its day ("Lawmakers voted 287 to
55 ... late on Tuesday"; «وصوت 287 نائبا ... مساء الثلاثاء»): one deed, on the later telling's day.
An English lead in the present perfect, which takes no day of its own, dated to the publication
by the day of its saying ("Sisi has ratified an agreement ..., the official gazette showed on
Sunday"), is such a summary too.

The lead's event merges into the first later telling of its type that shares its sides
(`_same_parties`, and neither's initiator the other's target), dated to a day in the week up to
the lead's date, not told as another deed of its type ("in another attack"), not of other people
held, nor placed elsewhere. Not a lead with a day of its own ("Israeli jets struck Gaza on
Tuesday" beside "On Monday, jets struck Rafah" are two strikes), nor a later telling in the lead's
own sentence."""

from __future__ import annotations

import re
from datetime import date

from events.assemble.dedupe import (
    SEPARATE_ACTS,
    _another_measure,
    _elsewhere,
    _held_apart,
    _in_two_cities,
    _told_as_another,
)
from events.assemble.text import RETOLD_DAYS, _same_parties, _unique, day_of, event_day
from events.assemble.undated_retellings import _opens_other_news
from events.model import Event
from events.text.dateline import find_dateline

# the present perfect right before the deed's word, which takes no day of its own in English
_PERFECT = re.compile(r"(?<![\w'])(?:has|have)\s+(?:(?:[a-z]+ly|also|now|already)\s+)?$", re.IGNORECASE)
_COUNTRY = re.compile(r"[A-Z]{3}")
_DATED = ("explicit", "relative")


def _lead_day(event: Event, text: str) -> date | None:
    """The day an event told in the article's first sentence is dated by, when that is only the
    publication's or the dateline's ("ANKARA, Jan 24 - ..."), else None."""
    quote = event.spans.get("quote")
    if not quote or text[: quote[0]].strip():
        return None  # not the lead
    if event.date_basis == "publication":
        return day_of(event.published)
    when, line = event.spans.get("date"), find_dateline(text)
    if event.date_precision != "day" or not when:
        return None
    if line is not None and line[0] <= when[0] and when[1] <= line[1]:
        return event_day(event)
    trigger = event.spans.get("trigger")
    if trigger and _PERFECT.search(text[max(0, trigger[0] - 30) : trigger[0]]) and event.date == event.published:
        return event_day(event)  # "has ratified ..., the official gazette showed on Sunday": the saying's day
    return None  # the lead names a time of its own


def _opposed(a: Event, b: Event) -> bool:
    """Whether one telling's initiator is the other's target: two deeds, each side's own
    ("Turkey recalled its ambassador" and "Israel recalled its ambassador")."""
    return bool(
        (a.actor1 and a.actor1 != a.actor2 and a.actor1 == b.actor2)
        or (b.actor1 and b.actor1 != b.actor2 and b.actor1 == a.actor2)
    )


def _shares_a_person(a: Event, b: Event) -> bool:
    """Whether two tellings name one actor that is no country: each verb of a type whose verbs
    tell acts of their own (`SEPARATE_ACTS`: appointments) is one act, unless both tell of one
    person ("Hariri's shock resignation" and "Hariri resigned on Saturday")."""
    return any(not _COUNTRY.fullmatch(x) for x in set(a.actors) & set(b.actors))


def _told_later(lead: Event, day: date, later: Event) -> bool:
    """Whether `later` can be the lead's deed told again with its own day."""
    lq, q = lead.spans.get("quote"), later.spans.get("quote")
    then = event_day(later)
    if later is lead or later.event_type != lead.event_type or later.date_basis not in _DATED or then is None:
        return False
    if not (lq and q and q[0] >= lq[1]) or not 0 <= (day - then).days <= RETOLD_DAYS:
        return False
    if not _same_parties(lead, later) or _opposed(lead, later) or _told_as_another(later) or _opens_other_news(later):
        return False  # ("وفي سياق متصل قتل 16 عنصرا في مواجهات": another piece of news)
    if lead.event_type in SEPARATE_ACTS and not _shares_a_person(lead, later):
        return False  # ("a military council that took power" and "Ibn Auf was sworn in": two acts)
    return not (
        _held_apart(lead, later) or _elsewhere(lead, later) or _in_two_cities(lead, later) or _another_measure(lead, later)
    )


def _merge(lead: Event, later: Event) -> None:
    """The lead's sides and telling go with the later telling, which keeps its day, place and
    quote; its initiator, when it names none."""
    later.actors = _unique([*later.actors, *lead.actors])
    later.countries = _unique([*later.countries, *lead.countries])
    if later.actor1 is None and lead.actor1 is not None:
        later.actor1, later.actor2 = lead.actor1, later.actor2 or lead.actor2
    later.sources = [*lead.sources, *later.sources]
    if later.location is None and lead.location is not None:
        later.location = lead.location
        if "location" in lead.spans:
            later.spans["location"] = lead.spans["location"]


def without_lead_summaries(events: list[Event], text: str) -> list[Event]:
    """The events less each lead's summary of a deed a later sentence tells with its own day
    (see the module), merged into that telling."""
    merged: set[int] = set()
    for lead in events:
        day = _lead_day(lead, text)
        if day is None:
            continue
        tellings = [e for e in events if id(e) not in merged and _told_later(lead, day, e)]
        later = min(tellings, key=lambda e: (e.spans.get("trigger") or e.spans["quote"])[0], default=None)
        if later is not None:
            _merge(lead, later)
            merged.add(id(lead))
    return [e for e in events if id(e) not in merged]
