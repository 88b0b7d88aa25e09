"""A state's seat in a body suspended or frozen, or its membership told as suspended in the passive
("Syria's seat was suspended in November 2011", «وكانت الجامعة العربية قد علقت مقعد سوريا في
نوفمبر 2011»), is its suspension from the body: sanctions of that time. Not a lawmaker's seat in
parliament, nor a club's membership."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2023-05-07"


@pytest.mark.parametrize(
    "text",
    [
        "Syria's seat was suspended in November 2011 over the government's handling of protests.",
        "Syria's membership was frozen in November 2011.",
        "وكانت الجامعة العربية قد علقت مقعد سوريا في نوفمبر 2011.",
        "وجرى تجميد مقعد سوريا في نوفمبر 2011.",
    ],
)
def test_a_state_s_seat_suspended_is_a_suspension(text: str) -> None:
    found = of_type(extract(text, PUBLISHED), "sanctions")
    assert [(e["date"], "SYR" in e["countries"]) for e in found] == [("2011-11", True)], found


@pytest.mark.parametrize(
    "text",
    [
        "The lawmaker's seat in parliament was suspended in November 2011.",
        "The club's membership was suspended by FIFA in November 2011.",
        "وعلق البرلمان مقعد النائب في نوفمبر 2011.",
        "وعلق الاتحاد الدولي لكرة القدم عضوية النادي في نوفمبر 2011.",
    ],
)
def test_no_suspension_of_a_state(text: str) -> None:
    assert of_type(extract(text, PUBLISHED), "sanctions") == []
