"""A deed told in the present that is still to come is no event: one set later on the day of
the report ("meets his counterpart later today", يلتقي نظيره في وقت لاحق اليوم), and one in a
clause of before or until with its own subject ("before the president-elect takes office on
January 20"). A deed told in the past keeps its time."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The Jordanian foreign minister meets his Iraqi counterpart later today.", "meeting"),
        ("The Arab League council holds an emergency session on Libya later tonight.", "meeting"),
        ("ويلتقي وزير الخارجية الأردني نظيره العراقي في وقت لاحق اليوم.", "meeting"),
        ("ويعقد مجلس الجامعة العربية جلسة طارئة بشأن ليبيا في وقت لاحق اليوم.", "meeting"),
        ("ويجتمع الرئيس المصري برئيس الوزراء الأردني لاحقا اليوم.", "meeting"),
        (
            "Observers said Cairo wanted the file closed before Prime Minister-designate Dbeibah takes office on March 5.",
            "appointment",
        ),
        ("Mediators said the border stays shut until Sudan and Chad sign the accord on Sunday.", "agreement"),
    ],
)
def test_a_deed_still_to_come_is_no_event(text: str, event_type: str) -> None:
    events = extract(text, "2021-02-10")
    assert not of_type(events, event_type) and not of_type(events, "visit")


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        ("The Jordanian foreign minister met his Iraqi counterpart in Amman on Monday.", "meeting", "2021-02-08"),
        ("والتقى وزير الخارجية الأردني نظيره العراقي في عمان يوم الاثنين.", "meeting", "2021-02-08"),
        ("The new Libyan prime minister was sworn in on Monday before the talks resumed.", "appointment", "2021-02-08"),
    ],
)
def test_a_deed_told_in_the_past_keeps_its_time(text: str, event_type: str, date: str) -> None:
    events = extract(text, "2021-02-10")
    assert date in [e["date"] for e in of_type(events, event_type) + of_type(events, "visit")]
