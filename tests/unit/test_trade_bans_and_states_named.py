"""A ban or an embargo on trade is a measure against the state it is on, as a ban on imports is
("has enforced a ban on trade and investment since 1995": the measure of that year). A state
named as part of an "axis of evil" or as a sponsor of terrorism is named no office holder: no
appointment, though the verb is the one of "named him as minister"."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2003-12-30"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Washington has enforced a ban on trade and investment with Iran since 1995.", "1995"),
        ("Washington imposed a ban on trade with Iran on Monday.", "2003-12-29"),
        ("The United States imposed a trade embargo on Iran in 1995.", "1995"),
    ],
)
def test_a_ban_on_trade_is_a_measure(text: str, date: str) -> None:
    found = of_type(extract(text, PUBLISHED), "sanctions")
    assert [(e["date"], set(e["countries"])) for e in found] == [(date, {"USA", "IRN"})], found


@pytest.mark.parametrize(
    "text",
    [
        'President George W. Bush last year named Iran as part of an "axis of evil".',
        "The State Department named Iran as a state sponsor of terrorism in 1984.",
    ],
)
def test_a_state_named_as_part_of_something_is_no_appointment(text: str) -> None:
    assert of_type(extract(text, PUBLISHED), "appointment") == []


def test_a_minister_named_is_still_appointed() -> None:
    found = of_type(extract("Iran's president named Kamal Kharrazi as foreign minister on Monday.", PUBLISHED), "appointment")
    assert [e["date"] for e in found] == ["2003-12-29"]


@pytest.mark.parametrize(
    "text",
    [
        "President Clinton ended the trade embargo against Vietnam in 1994.",
        "The United States lifted its ban on trade with Vietnam in 1994.",
    ],
)
def test_a_trade_ban_lifted_or_ended_is_no_measure(text: str) -> None:
    assert of_type(extract(text, PUBLISHED), "sanctions") == []

