"""`year after` counts the years since an event ("Two years after the bombing, families gathered
on Sunday"), but not right after a word that makes the year a time of the clause before it ("which
collapsed this year after Turkey sent troops ... in January"): there `after` opens a clause whose
deed is dated by its own time, no anniversary."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2020-06-06"


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        (
            "Haftar launched an offensive to seize Tripoli in April 2019, which collapsed this year after "
            "Turkey sent troops and Syrian fighters to support the GNA in January.",
            "deployment",
            "2020-01",
        ),
        ("Protests grew this year after Iran sent troops to Syria on Monday.", "deployment", "2020-06-01"),
    ],
)
def test_the_deed_after_this_year_keeps_its_own_date(text, event_type, date):
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), event_type)] == [date]


def test_a_count_of_years_still_marks_an_anniversary():
    text = "Two years after the Israeli strike on the Gaza port, Palestinians rallied in Gaza on Sunday."
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), "attack")] == []
