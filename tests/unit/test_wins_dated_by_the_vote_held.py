"""A win told with the vote it was won in and that vote's relative clause of holding
(«فازت حماس ... في الانتخابات التشريعية التي جرت الأربعاء») takes the day that clause gives; a
relative clause of another deed (a boycott) does not date it."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        (
            "رام الله - فازت حركة المقاومة الإسلامية (حماس) بأغلبية مطلقة في الانتخابات التشريعية الفلسطينية التي جرت الأربعاء.",
            "2006-01-27",
            "2006-01-25",
        ),
        (
            "فاز حزب العدالة والتنمية التركي بالأغلبية في الانتخابات البرلمانية التي أجريت يوم الأحد.",
            "2011-06-14",
            "2011-06-12",
        ),
    ],
)
def test_the_win_takes_the_day_of_the_vote(text: str, published: str, date: str) -> None:
    found = [(e["event_type"], e["date"]) for e in extract(text, published)]
    assert found == [("election", date)], found


def test_a_relative_clause_of_another_deed_does_not_date_the_win() -> None:
    found = extract("Sisi won in the Egyptian presidential election which the Muslim Brotherhood boycotted in May.", "2014-06-10")
    assert [(e["event_type"], e["date"]) for e in found] == [("election", "2014-06-10")], found
