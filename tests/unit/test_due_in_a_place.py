"""A visitor "due in" or "due at" a place is scheduled there: the stops after it ("is due in
Lebanon on Thursday before heading to Turkey") are a plan, no visit made."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

_LEAD = "US Secretary of State Rex Tillerson arrived in Jordan from Kuwait on Wednesday. "


@pytest.mark.parametrize(
    "text",
    [
        _LEAD + "He is due in Lebanon on Thursday before heading to Turkey.",
        _LEAD + "Tillerson is due back in Washington on Friday after flying to Ankara.",
    ],
)
def test_stops_of_a_schedule_are_no_visit(text: str) -> None:
    assert [e["date"] for e in of_type(extract(text, "2018-02-15"), "visit")] == ["2018-02-14"]


def test_a_stop_made_stays_a_visit() -> None:
    found = of_type(extract("Tillerson visited Lebanon on Thursday before heading to Turkey.", "2018-02-15"), "visit")
    assert [e["date"] for e in found][:1] == ["2018-02-15"]
