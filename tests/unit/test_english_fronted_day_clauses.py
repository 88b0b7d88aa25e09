"""", and" opening a clause whose own day is fronted before its subject (", and on Thursday the
two leaders signed ..."): the clause before keeps its deed, told on a day of its own."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr Biden had arrived in Israel on Wednesday for talks with Prime Minister Yair Lapid, and on Thursday "
            "the two leaders signed the Jerusalem Declaration.",
            {("visit", "2022-07-13"), ("agreement", "2022-07-14")},
        ),
        (
            "The Saudi foreign minister arrived in Tehran on Monday, and late on Tuesday Iran and Saudi Arabia "
            "signed a security agreement.",
            {("visit", "2022-07-11"), ("agreement", "2022-07-12")},
        ),
    ],
)
def test_a_clause_with_a_fronted_day_leaves_the_deed_before_it(text: str, expected: set[tuple[str, str]]) -> None:
    found = {(e["event_type"], e["date"]) for e in extract(text, "2022-07-16")}
    assert expected <= found
