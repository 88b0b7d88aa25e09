"""Talks told after a word of after as lasting years, or weeks or months with no number ("after
weeks of negotiations", "after nearly two years of talks") are the long course that led to the
outcome, many rounds in many places, no round held: no meeting. Talks of days, or of weeks
counted ("after two weeks of talks in Jeddah"), still tell a round held."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2023-11-24"


@pytest.mark.parametrize(
    "text",
    [
        "The deal, mediated by Qatar with help from Egypt and the United States, was announced on Wednesday "
        "after weeks of negotiations.",
        "The accord, struck in Vienna on July 14 after nearly two years of talks, will lift sanctions on Tehran.",
        "The agreement was signed on Sunday after months of negotiations in Geneva.",
        "The deal was signed on Sunday after several months of negotiations in Geneva.",
        "The two sides reached a ceasefire on Monday following months of talks in Doha.",
    ],
)
def test_a_long_course_of_talks_is_no_meeting(text: str) -> None:
    assert of_type(extract(text, PUB), "meeting") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # talks of days: a round held, dated by the outcome's month
        ("The deal was reached on Friday after four days of talks in Beijing.", "2023-11"),
        # weeks counted: a round held in one place
        ("Sudan's army and the RSF signed a truce on Saturday after two weeks of talks in Jeddah.", "2023-11"),
        # talks with no length: a round held on the outcome's day
        ("The two sides signed a truce on Tuesday after talks in Cairo.", "2023-11-21"),
    ],
)
def test_a_round_of_talks_is_still_a_meeting(text: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, PUB), "meeting")] == [date]


@pytest.mark.parametrize(
    "text",
    [
        # Arabic: a noun of talks after بعد recalls the course either way
        "أعلن الطرفان يوم الأربعاء التوصل إلى اتفاق بعد أسابيع من المفاوضات.",
        "وقع البلدان الاتفاق يوم الخميس بعد سنوات من المفاوضات.",
    ],
)
def test_arabic_course_of_talks_stays_no_meeting(text: str) -> None:
    assert of_type(extract(text, PUB), "meeting") == []
