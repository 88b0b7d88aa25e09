"""A visit told with no day of its own ("وجاءت زيارة برلوسكوني إلى بنغازي، التي استمرت ساعات، بعد
نحو أربعة أشهر من عودته إلى رئاسة الحكومة", "Berlusconi's visit to Benghazi came four months
after ...") takes the day of a deed its visitor did in the city it went to, told with a day of
its own in the days before the publication ("وقّع القذافي وبرلوسكوني أمس السبت في مدينة بنغازي
معاهدة"): the visit was the deed's occasion. A deed of another city, of other people, or of
an older time says nothing of when the visit was."""

from __future__ import annotations

from datetime import date, timedelta

from events.merge import is_country
from events.model import Event

# the days before the publication in which a deed of the visitor dates the visit
VISIT_DEED_DAYS = 7

# deeds a visitor does with the hosts it went to (not deeds done to people: an arrest, an attack)
VISITOR_DEEDS = frozenset({"agreement", "meeting", "relations", "aid", "military_exercise"})


def _city(event: Event) -> str | None:
    location = event.location or {}
    return location.get("name") if location.get("precision") == "city" else None


def _recent_day(event: Event) -> date | None:
    """The event's day, when told by the text with a day no later than its publication and at
    most `VISIT_DEED_DAYS` before it."""
    if event.date_basis not in ("explicit", "relative") or event.date_precision != "day" or not event.date:
        return None
    if not event.published:
        return None
    day, published = date.fromisoformat(event.date[:10]), date.fromisoformat(event.published[:10])
    return day if published - timedelta(days=VISIT_DEED_DAYS) <= day <= published else None


def dated_by_the_visitor_s_deed(events: list[Event]) -> None:
    """Date each publication-dated visit by the one recent day of its visitor's deeds with its hosts
    in its city (`VISITOR_DEEDS`: the treaty he signed there, the talks he held)."""
    for visit in events:
        if visit.event_type != "visit" or visit.date_basis != "publication" or visit.actor1 is None:
            continue
        if is_country(visit.actor1):
            continue  # a state named as the visitor ("the Turkish foreign minister's visit"): no one person's deeds
        city = _city(visit)
        if city is None:
            continue
        deeds = {
            day: other
            for other in events
            if other.event_type in VISITOR_DEEDS
            and _city(other) == city
            and visit.actor1 in other.actors
            and (day := _recent_day(other)) is not None
        }
        if len(deeds) == 1:
            day, deed = deeds.popitem()
            visit.date, visit.date_precision, visit.date_basis = day.isoformat(), "day", "relative"
            visit.spans = {**visit.spans, "date": deed.spans.get("date")}
