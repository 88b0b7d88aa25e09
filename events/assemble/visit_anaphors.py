"""A visit told as known ("وتأتي زيارته بعد ...", "The visit comes after ...") in an article that
told no visit before it, but a guest's meeting with a host of another country in the days before
("وكان أمير قطر الشيخ تميم قد التقى الاثنين بوزير الدفاع جيم ماتيس ... وتأتي زيارته بعد أن
..."): the meeting was told as part of that visit, and the two are one visit (GUIDELINES: a visit
in which the visitor meets people is one visit), on the meeting's day, at the host's. The other
tellings of that meeting go with it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from events.assemble.dedupe import VISIT_DAYS
from events.assemble.text import PHONE_CALL
from events.model import CAMEO_BY_TYPE, Event


def _a_guest_s_meeting(meeting: Event, visit: Event) -> bool:
    """Whether a meeting, not by telephone, between two countries or more was held on a day at
    most `VISIT_DAYS` before the anaphor's (its own day or the publication's)."""
    if meeting.event_type != "meeting" or meeting.cameo == PHONE_CALL or meeting.date_precision != "day":
        return False
    if len(set(meeting.countries)) < 2:
        return False
    if visit.date is None or meeting.date is None or visit.date_precision != "day":
        return False
    gap = (date.fromisoformat(visit.date) - date.fromisoformat(meeting.date)).days
    return 0 <= gap <= VISIT_DAYS


def _persons(event: Event) -> set[str]:
    return {a for a in event.actors if not (len(a) == 3 and a.isupper())}


# what makes a visit's word name a visit of its own: "of" or "by" and its doer right after it
# ("The visit of the Saudi crown prince"), or an Arabic noun annexed to its doer ("زيارة الرئيس")
_OWN_DOER = re.compile(r"\s+(?:of|by)\s", re.IGNORECASE)
_ARABIC_BARE = re.compile(r"^[وفبل]?(?:ال\w+|\w+(?:ه|ها|هما|هم))$")


def _bare_anaphor(text: str, trigger: tuple[int, int]) -> bool:
    """Whether the visit's word names no doer of its own: the English word with no "of" or "by"
    after it ("The visit comes ..."), the Arabic one with the article or a pronoun of its doer
    ("وتحمل الزيارة", "وتأتي زيارته")."""
    word = text[trigger[0] : trigger[1]]
    if word[:1].isascii():
        return _OWN_DOER.match(text, trigger[1]) is None
    return _ARABIC_BARE.match(word) is not None


def meetings_of_the_visit(visit: Event, told: Sequence[Event], text: str, trigger: tuple[int, int]) -> list[Event]:
    """The tellings of the guest's meeting that the anaphoric `visit` (dated by the publication
    only, naming no doer of its own) names again: the last such meeting told before it
    (`_a_guest_s_meeting`), with every other meeting told before between the same countries and
    naming one of its persons."""
    if visit.event_type != "visit" or visit.date_basis != "publication" or not _bare_anaphor(text, trigger):
        return []
    last = next((ev for ev in reversed(told) if _a_guest_s_meeting(ev, visit)), None)
    if last is None:
        return []
    persons = _persons(last)
    return [
        ev
        for ev in told
        if ev is last
        or (
            ev.event_type == "meeting"
            and ev.cameo != PHONE_CALL
            and set(ev.countries) == set(last.countries)
            and _persons(ev) & persons
        )
    ]


def as_the_visit(meetings: Sequence[Event], visit: Event) -> None:
    """Tell each meeting as the visit: of its type, placed where the anaphor places the visit
    when that is one of the meeting's countries (the host's)."""
    for ev in meetings:
        ev.event_type = "visit"
        ev.cameo = CAMEO_BY_TYPE["visit"]
        if (visit.location or {}).get("country") in ev.countries:
            ev.location = visit.location
