"""A sum granted or given to a state named right after the verb, with no preposition ("the UAE
granted Egypt $1 billion outright"), is aid; votes, years or a contract given are not."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2013-07-10"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "date", "countries"),
    [
        ("The UAE granted Egypt $1 billion outright on Tuesday.", "2013-07-09", {"ARE", "EGY"}),
        (
            "Saudi Arabia approved $5 billion on Tuesday, hours after the UAE granted Egypt $1 billion outright "
            "along with a $2 billion interest-free deposit.",
            "2013-07-09",
            {"ARE", "EGY"},
        ),
        ("Kuwait gave Jordan $500 million last month.", "2013-06", {"KWT", "JOR"}),
    ],
)
def test_a_sum_granted_to_a_state_is_aid(text: str, date: str, countries: set[str]) -> None:
    found = of_type(extract(text, PUB), "aid")
    assert any(e["date"] == date and countries <= set(e["countries"]) for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Egyptian voters gave Sisi 23 million votes in Cairo.",
        "The court in Cairo gave him five years in prison on Tuesday.",
        "Egypt gave the French firm a $2 billion contract on Tuesday.",
    ],
)
def test_no_aid_given(text: str) -> None:
    assert not of_type(extract(text, PUB), "aid")
