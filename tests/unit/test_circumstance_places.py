"""A place named in a circumstance clause before the event ("بعد أيام من هجوم في حلب، ...") is the
earlier event's, not the sentence's own (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "event_type", "elsewhere"),
    [
        ("بعد أيام من هجوم في حلب، التقى وزير الخارجية الروسي نظيره التركي أمس.", "meeting", "SYR"),
        ("Days after an attack in Aleppo, the Russian foreign minister met his Turkish counterpart yesterday.", "meeting", "SYR"),
    ],
)
def test_the_circumstance_place_is_not_the_event_place(text, event_type, elsewhere):
    event = next(e for e in extract(text, "2018-03-10") if e["event_type"] == event_type)
    assert elsewhere not in event["countries"] and (event["location"] or {}).get("country") != elsewhere, event


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the sentence's own place, after the comma, stays
        ("بعد هجوم في حلب، قصفت الطائرات الروسية إدلب أمس.", "SYR"),
        # a circumstance with no comma before the event word is one clause with it
        ("التقى وزير الخارجية الروسي نظيره التركي في أنقرة أمس بعد أيام من هجوم في حلب.", "TUR"),
    ],
)
def test_the_event_place_stays(text, country):
    event = next(e for e in extract(text, "2018-03-10") if e["event_type"] in ("attack", "meeting", "visit") and e["date"] == "2018-03-09")
    assert event["location"]["country"] == country, event
