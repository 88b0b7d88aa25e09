"""Talks held during a visit told in words that name no one anew: the visit's own talks.

A meeting whose sides are told only by titles or pronouns ("تبادل بعدها سموه وقداسته
الأحاديث", "the two leaders then held talks"), between no other countries than a visit's
told before it, in the days of that visit, is that visit (GUIDELINES: a visit in which the
visitor meets people is one visit). And a meeting told first, whose visit the article names
after it as "this visit" with no person of its own ("استقبل الرئيس ضيفه ... لعقد جلسة
مباحثات مغلقة. وتعد هذه الزيارة الأولى ..."), on the same day and between the same two
countries, is that visit too, and so is one told first by titles only in the city of a visit told
after it ("Britain's foreign secretary held talks in Moscow ... In Moscow, Truss met Lavrov"). A summit or a conference (`visit_gatherings` of
data/assembly.json) is a gathering the visitor came to, an event of its own.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, known_word, load_assembly_rules
from events.model import Event
from events.text.normalize import fold_str


@lru_cache(maxsize=4)
def load_visit_gatherings(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Words of a gathering of many (data/assembly.json `visit_gatherings`), folded."""
    return frozenset(fold_str(w).lower() for w in load_assembly_rules(path).get("visit_gatherings", ()))


def _a_gathering(event: Event) -> bool:
    """Whether the meeting's word names a summit, a conference or a forum (القمة، بالقمة, summit)."""
    words = load_visit_gatherings()
    return any(known_word(word, words) for word in fold_str(event.trigger).lower().split())


def _names_no_person(event: Event) -> bool:
    """Whether the event's actors are countries only: no person or body is named."""
    return all(len(a) == 3 and a.isupper() for a in event.actors)


def told_by_titles(meeting: Event) -> bool:
    """Whether a meeting names no person or body and is no gathering of many: talks whose
    sides the text gives only by titles or pronouns."""
    return _names_no_person(meeting) and not _a_gathering(meeting)


def _in_one_city(a: Event, b: Event) -> bool:
    """Whether both events are placed in one and the same city."""
    here, there = a.location or {}, b.location or {}
    return here.get("precision") == "city" and bool(here.get("name")) and here.get("name") == there.get("name")


def visit_told_after(meeting: Event, later: list[Event]) -> Event | None:
    """The visit told after the meeting that the meeting belongs to: on the meeting's day,
    between exactly the meeting's countries, and naming no person of its own; or, when the
    meeting names its sides by titles only, in the visit's city ("Britain's foreign secretary held
    talks in Moscow ... In Moscow, Liz Truss met Sergei Lavrov": the talks of her visit)."""
    if meeting.date_precision != "day" or len(meeting.countries) < 2 or _a_gathering(meeting):
        return None
    return next(
        (
            v
            for v in later
            if v.event_type == "visit"
            and v.date_precision == "day"
            and v.date == meeting.date
            and set(v.countries) == set(meeting.countries)
            and (_names_no_person(v) or (told_by_titles(meeting) and _in_one_city(meeting, v)))
        ),
        None,
    )
