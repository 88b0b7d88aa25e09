"""A deed named right after "came a month after" lies that long before the news told: counted
back from the last day its sentence tells before the phrase, else from the publication, to the
day for days and weeks, to the month for months, to the year for years. A deed with a date of
its own keeps it; the news itself keeps its own day."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2023-08-31"


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        ("The takeover came a month after mutinous soldiers ousted President Mohamed Bazoum in Niger.", "appointment", "2023-07"),
        (
            "The announcement came two weeks after the three countries resumed negotiations in Cairo, following a stalemate.",
            "meeting",
            "2023-08-17",
        ),
        ("The manoeuvres come six months after Egyptian and Sudanese pilots trained together at Merowe air base in Sudan.", "military_exercise", "2023-02"),
        # counted from the day the sentence tells before the phrase
        ("Troops stormed the parliament in Niamey on Monday. The attack came two days after protesters clashed with police in Niamey.", "protest", "2023-08-26"),
    ],
)
def test_a_deed_counted_back_from_the_news(text: str, event_type: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, PUB), event_type)] == [date]


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        # its own date told
        ("The takeover came a month after soldiers ousted President Bazoum in Niger on July 26.", "appointment", "2023-07-26"),
        # the news itself, before the phrase, keeps its day
        ("Troops stormed the parliament in Niamey on Monday. The attack came two days after protesters clashed with police in Niamey.", "attack", "2023-08-28"),
    ],
)
def test_own_dates_stand(text: str, event_type: str, date: str) -> None:
    assert date in [e["date"] for e in of_type(extract(text, PUB), event_type)]
