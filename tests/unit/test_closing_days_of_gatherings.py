"""A gathering told with the day it closed in a relative clause right after its word ("a
summit in Brussels that ended on Monday", «القمة التي اختتمت أعمالها أمس») was held that day;
a war that ended is not dated by its end. Talks told as the hours that led up to a time ("ended
on Monday morning after 17 hours of talks") are of that day."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2015-07-16"


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("BRUSSELS - Euro zone leaders held a summit in Brussels which ended on Monday.", ["2015-07-13"]),
        ("BRUSSELS - Euro zone leaders held a summit in Brussels that concluded on Monday.", ["2015-07-13"]),
        (
            "ATHENS - Approval of the package was a precondition set by euro zone leaders at a summit in Brussels "
            "that ended on Monday morning after 17 hours of talks.",
            ["2015-07-13"],
        ),
        ("الرياض - شارك العاهل الأردني في القمة العربية التي اختتمت أعمالها أمس في الرياض.", ["2015-07-15"]),
        ("الرياض - شارك العاهل الأردني في القمة العربية التي انتهت أمس في الرياض.", ["2015-07-15"]),
    ],
)
def test_a_gathering_is_dated_by_its_close(text: str, dates: list[str]) -> None:
    assert sorted(e["date"] for e in of_type(extract(text, PUB), "meeting")) == dates


@pytest.mark.parametrize(
    ("text", "event_type", "value"),
    [
        ("SARAJEVO - Bosnian leaders recalled the siege of Sarajevo, which ended in February 1996.", "attack", "1996-02"),
        ("CAIRO - Egypt's government resigned on Tuesday after three days of clashes.", "attack", "2015-07-14"),
    ],
)
def test_no_day_of_an_end_or_a_longer_lead_up(text: str, event_type: str, value: str) -> None:
    assert value not in [e["date"] for e in of_type(extract(text, PUB), event_type)]
