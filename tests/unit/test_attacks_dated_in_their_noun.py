"""Attacks told in passing: an armed coalition that drove its rivals out of a city, warships that
fired on camps, an attempt on the life of a leader; an attack noun with a month or a year of its
own in its phrase ("the June 1995 attempt") is a deed of its own beside the sentence's."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        (
            "Libya has had two governments since a coalition of armed groups known as Libya Dawn drove its "
            "rivals out of Tripoli in the summer of 2014 after weeks of fighting around the airport.",
            "2015-12-18",
            ["2014"],
        ),
        ("The company drove its rivals out of the market in Libya in 2014.", "2015-12-18", []),
        (
            "U.S. warships in the Arabian Sea fired on what Washington called training camps near the "
            "Afghan town of Khost on Thursday.",
            "1998-08-21",
            ["1998-08-20"],
        ),
        (
            "The United Nations imposed sanctions on Sudan in 1996 after it refused to hand over three suspects "
            "in the June 1995 attempt on the life of Egyptian President Hosni Mubarak in Addis Ababa.",
            "1998-08-21",
            ["1995-06"],
        ),
    ],
)
def test_attacks(text, published, dates):
    assert sorted(e["date"] for e in of_type(extract(text, published), "attack")) == dates


def test_the_sentence_deed_stays_beside_the_dated_noun():
    text = (
        "The United Nations imposed sanctions on Sudan in 1996 after it refused to hand over three suspects "
        "in the June 1995 attempt on the life of Egyptian President Hosni Mubarak in Addis Ababa."
    )
    assert [e["date"] for e in of_type(extract(text, "1998-08-21"), "sanctions")] == ["1996"]
