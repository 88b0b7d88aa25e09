"""A deed told after "after" by a capitalised subject ("resigned in January after the Huthis seized
the presidential palace") took place in the month of the deed it caused, as one after a subject
with no article does; logistical or intelligence support provided, and credit lines, are aid."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


def _found(text: str, published: str) -> list[tuple[str, str | None]]:
    return [(e["event_type"], e["date"]) for e in extract(text, published)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Yemen's Hadi resigned in January after the Huthis seized the presidential palace.", "2015-03-26", ("attack", "2015-01")),
        ("Iraq cut ties with Kuwait in August after the Kuwaitis seized an Iraqi ship.", "1990-12-26", ("attack", "1990-08")),
        ("The United States provided logistical support to the Saudi-led coalition in Yemen on Thursday.", "2015-03-26", ("aid", "2015-03-26")),
        ("Washington provided intelligence support to the Iraqi army in Mosul on Monday.", "2017-07-11", ("aid", "2017-07-10")),
    ],
)
def test_the_deed_and_its_time(text: str, published: str, expected: tuple[str, str]) -> None:
    found = _found(text, published)
    assert expected in found, found


def test_a_deal_named_after_after_is_no_subject() -> None:
    found = _found("Jordan cut ties in 1994 after the Wadi Araba Treaty signed in October.", "1995-01-10")
    assert ("agreement", "1994-10") in found, found
