"""Troops poured into a province are deployed; food and water ferried to people are aid; a crowd
gathered to pray or to watch a ceremony is no protest."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        (
            "After talks in Tokyo broke down in May 2003, Indonesian President Megawati Sukarnoputri declared martial "
            "law and poured some 40,000 troops into Aceh province.",
            "deployment",
            "2003-05",
        ),
        (
            "From the first days of January, U.S. Navy helicopters from the carrier Abraham Lincoln ferried food and "
            "water to stranded coastal communities in Indonesia.",
            "aid",
            "2005-01",
        ),
    ],
)
def test_deeds(text: str, event_type: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, "2005-08-15"), event_type)] == [date]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("In Banda Aceh, Indonesia, thousands of people gathered at the grand mosque to pray and watch the ceremony.", "protest"),
        ("Thousands of protesters poured into the streets of Jakarta, Indonesia, on Monday.", "deployment"),
        ("Fishermen ferried tourists to the islands off Aceh, Indonesia, on Monday.", "aid"),
    ],
)
def test_no_such_deed(text: str, event_type: str) -> None:
    assert not of_type(extract(text, "2005-08-15"), event_type)


def test_a_crowd_pouring_into_the_streets_still_protests() -> None:
    found = of_type(extract("Thousands of protesters poured into the streets of Jakarta, Indonesia, on Monday.", "2005-08-15"), "protest")
    assert [e["date"] for e in found] == ["2005-08-15"]
