"""A crowd of thousands that filled streets, a square or a city centre demonstrated ("on March 14
hundreds of thousands of people filled central Beirut"); fans or shoppers that filled them did
not. A country named as what a stance is for or against ("a huge pro-Syrian rally", "an
anti-Syrian protest") is neither where the deed took place nor a state that protested."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


def test_two_rallies_each_on_its_day_and_in_beirut() -> None:
    events = extract(
        "Hezbollah responded with a huge pro-Syrian rally in Lebanon on March 8, and on March 14 hundreds of thousands of people "
        "filled central Beirut demanding that the Syrians leave.",
        "2005-04-26",
    )
    found = [(e["event_type"], e["date"], (e["location"] or {}).get("country")) for e in events]
    assert ("protest", "2005-03-08", "LBN") in found, found
    assert ("protest", "2005-03-14", "LBN") in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hundreds of thousands of people filled the streets of Yerevan on Friday demanding the prime minister's resignation.", "2018-04-20"),
        ("Thousands of Lebanese staged an anti-Syrian protest on Monday.", "2018-04-16"),
    ],
)
def test_the_crowd_protested(text: str, expected: str) -> None:
    found = [(e["event_type"], e["date"]) for e in extract(text, "2018-04-21")]
    assert ("protest", expected) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of thousands of fans filled the streets of Buenos Aires on Sunday to celebrate the World Cup win.",
        "Thousands of shoppers packed the streets of Dubai on Friday for the festival.",
    ],
)
def test_no_protest(text: str) -> None:
    assert not [e for e in extract(text, "2022-12-19") if e["event_type"] == "protest"]
