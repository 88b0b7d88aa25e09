"""Talks told after a word of after, in the clause of their outcome, are a meeting of their own,
however long they lasted: a round of days ("after four days of talks in Beijing"), or the long
course of weeks, months or years that led to the outcome ("after weeks of negotiations", "after four
years of negotiations in Havana"), dated by the outcome's month (days, weeks, months) or day. Arabic talks after بعد stay the
course recalled, no meeting, unless one sitting with the two sides is named."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2023-11-24"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Israel and Hamas agreed to a ceasefire on Wednesday after weeks of negotiations mediated by Qatar.", "2023-11"),
        # years of talks: no length of a round, the outcome's day
        ("Iran and six world powers reached an accord in Vienna on Tuesday after nearly two years of talks.", "2023-11-21"),
        ("The agreement was signed on Sunday after months of negotiations in Geneva.", "2023-11"),
        ("The deal was signed on Sunday after several months of negotiations in Geneva.", "2023-11"),
        ("The two sides reached a ceasefire on Monday following months of talks in Doha.", "2023-11"),
        ("The rebels declared a definitive ceasefire in Colombia on Monday after four years of negotiations in Havana.", "2023-11-20"),
    ],
)
def test_a_long_course_of_talks_is_a_meeting_of_the_outcomes_month(text: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, PUB), "meeting")] == [date]


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
