"""A crowd that poured, flooded or spilled onto an avenue, a square or the streets: the day of
its gathering, told right after the place, dates the demonstration (`protest` lexicon)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # supporters celebrating a result, the day after the place
        (
            "Thousands of Saied's supporters poured onto Avenue Habib Bourguiba in central Tunis late on Sunday, waving flags.",
            "2019-10-14",
            "2019-10-13",
        ),
        # an aside between the crowd and its verb
        (
            "Thousands of Sudanese, many of them young, poured onto Nile Street in Khartoum on Thursday night, waving flags.",
            "2019-04-13",
            "2019-04-11",
        ),
        ("Hundreds of Kurds flooded onto the main square of Erbil on Friday.", "2019-10-27", "2019-10-25"),
        ("Crowds spilled onto Martyrs' Square in Beirut on Tuesday after the announcement.", "2019-04-04", "2019-04-02"),
    ],
)
def test_a_crowd_poured_onto_a_place_protests_that_day(text, published, day):
    assert [e["date"] for e in of_type(extract(text, published), "protest")] == [day]


@pytest.mark.parametrize(
    "text",
    [
        # water or goods poured onto a place: no crowd
        "Floodwaters poured onto the streets of Khartoum on Thursday.",
        "Tonnes of debris spilled onto the coastal road near Beirut on Thursday.",
    ],
)
def test_no_protest_when_no_crowd_poured_onto_a_place(text):
    assert of_type(extract(text, "2019-10-14"), "protest") == []
