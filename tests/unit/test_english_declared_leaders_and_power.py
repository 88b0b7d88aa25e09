"""Changes of office told as declaring oneself leader, coming to power or staging a second coup;
a head of state held in a safe place; "hours later" dated by the time told before it."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2023-07-29"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("General Tiani, the head of Niger's presidential guard, declared himself the country's new leader on Friday.", "2023-07-28"),
        ("Sudan's Omar Al Bashir came to power in a military coup in June 1989.", "1989-06"),
        ("Mali's Colonel Goita staged a second coup in May 2021.", "2021-05"),
        ("Malian Colonel Goita was sworn in as interim president in June 2021.", "2021-06"),
    ],
)
def test_a_change_of_office(text: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, PUB), "appointment")] == [date]


@pytest.mark.parametrize(
    "text",
    [
        "The Sudanese general has tried to come to power twice.",  # an attempt
        "Niger's President Bazoum declared himself ready for talks on Friday.",  # no office
    ],
)
def test_no_change_of_office(text: str) -> None:
    assert of_type(extract(text, PUB), "appointment") == []


def test_held_in_a_safe_place() -> None:
    text = 'On Thursday Sudan\'s army announced that it had removed Omar Al Bashir and was holding him "in a safe place".'
    found = of_type(extract(text, "2019-04-13"), "arrest")
    assert [e["date"] for e in found] == ["2019-04-11"]


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        (
            "A junta seized power in Mali in August 2020, when soldiers detained President Keita, who resigned hours later.",
            "appointment",
            "2020-08",
        ),
        (
            "Soldiers detained Niger's President Bazoum on July 26. Hours later, Ecowas leaders imposed sanctions on Niger.",
            "sanctions",
            "2023-07-26",
        ),
    ],
)
def test_hours_later_takes_the_time_told_before(text: str, event_type: str, date: str) -> None:
    assert date in [e["date"] for e in of_type(extract(text, PUB), event_type)]
