"""The catalogued Syrian cessation of hostilities is named by its Arabic name, and a new one told
with its own day is no catalogued truce."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        ("وانهار وقف الأعمال العدائية في سوريا الذي رعته واشنطن وموسكو.", "2016-04-25", ["2016-02-27"]),
        ("A new cessation of hostilities in Syria brokered by the United States and Russia took effect on Monday.", "2016-09-13", ["2016-09-12"]),
    ],
)
def test_the_catalogued_truce_and_a_new_one(text: str, published: str, dates: list[str]) -> None:
    assert [e["date"] for e in of_type(extract(text, published), "ceasefire")] == dates
