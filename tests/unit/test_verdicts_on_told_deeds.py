"""An event word followed, past the words of its own phrase, by a verdict on it ("called the
nomination of his rival unconstitutional", "called the deployment of Turkish soldiers
unacceptable") is the object of a reaction to a deed the article tells elsewhere: no new event."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "published", "event_type", "dates"),
    [
        (
            "BAGHDAD, Aug 15 (wire) - Iraqi Prime Minister Nuri al-Maliki gave up his bid for a third term late on Thursday. "
            "He had earlier called the nomination of his rival unconstitutional. "
            "President Fuad Masum named Haider al-Abadi as prime minister-designate on Monday.",
            "2014-08-15",
            "appointment",
            ["2014-08-11"],
        ),
        (
            "ANKARA, June 8 (wire) - Turkey's parliament on Wednesday approved a bill allowing troops to be deployed to a "
            "Turkish base in Qatar. Saudi Arabia had earlier called the deployment of Turkish soldiers unacceptable. "
            "The first Turkish soldiers arrived in Doha on June 18.",
            "2017-06-08",
            "deployment",
            [],
        ),
    ],
)
def test_a_verdict_on_a_told_deed_is_no_new_event(text, published, event_type, dates):
    found = extract(text, published)
    assert [e["date"] for e in found if e["event_type"] == event_type] == dates, found


@pytest.mark.parametrize(
    ("text", "published", "event_type", "dates"),
    [
        # the Arabic verdict on the told appointment was read so already
        (
            "بغداد - وكان رئيس الوزراء نوري المالكي قد اعتبر تكليف منافسه غير دستوري. "
            "وكلف الرئيس العراقي فؤاد معصوم حيدر العبادي بتشكيل الحكومة يوم الاثنين.",
            "2014-08-15",
            "appointment",
            ["2014-08-11"],
        ),
        # a verdict on a deed told nowhere else leaves it its event
        (
            "TRIPOLI, Aug 15 (wire) - Libya's eastern parliament named Fathi Bashagha prime minister on Thursday. "
            "The Tripoli government called the appointment of Bashagha \"illegal\" and refused to hand over power.",
            "2014-08-15",
            "appointment",
            ["2014-08-14"],
        ),
    ],
)
def test_other_readings_stay(text, published, event_type, dates):
    found = extract(text, published)
    assert [e["date"] for e in found if e["event_type"] == event_type] == dates, found
