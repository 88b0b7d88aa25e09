"""A people voting for a body told with the day between the verb and what it voted for
("Iraqis voted on Sunday for the 329-member parliament", "صوّت العراقيون الأحد لاختيار أعضاء
البرلمان"): the election, on that day, and the day of the results told beside it is that vote's.
A body's members voting on a bill or choosing its speaker elect no one."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # the day between the verb and the body, and a count of members before it
        ("Iraqis voted on Sunday for the 329-member parliament.", ["2025-03-02"]),
        ("Official results on Monday gave the ruling party a majority.\nIraqis voted on Sunday for the 329-member parliament.", ["2025-03-02"]),
        ("صوّت العراقيون الأحد لاختيار أعضاء البرلمان.", ["2025-03-02"]),
        (
            "أظهرت النتائج الرسمية الاثنين فوز الحزب الحاكم بالأغلبية.\nوصوّت العراقيون الأحد لاختيار أعضاء البرلمان.",
            ["2025-03-02"],
        ),
        # a body's members on a bill or on their speaker
        ("Lawmakers voted on Sunday for the bill in parliament.", []),
        ("وصوّت النواب الأحد لاختيار رئيس البرلمان.", []),
    ],
)
def test_a_vote_for_a_body_on_its_day(text, dates):
    found = of_type(extract(text, "2025-03-03"), "election")
    assert sorted(e["date"] for e in found) == dates, found
