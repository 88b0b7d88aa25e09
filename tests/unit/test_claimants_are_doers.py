"""A group that claims responsibility for an attack told in the same sentence is its doer, in
English as in Arabic: "The Houthis claimed responsibility for the attack on the tanker on Monday",
«وتبنى الحوثيون الهجوم على ناقلة النفط، الاثنين». A claim that something happened ("Iran claimed
that ...") names no doer."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Houthis claimed responsibility for the attack on the tanker on Monday.", "YEM"),
        ("Yemen's Houthi rebels claimed responsibility for a drone attack on an oil tanker on Monday.", "YEM"),
        ("وتبنى الحوثيون الهجوم على ناقلة النفط، الاثنين.", "YEM"),
    ],
)
def test_the_claimant_did_the_attack(text: str, country: str) -> None:
    found = of_type(extract(text, "2023-06-10"), "attack")
    assert [(e["date"], country in e["countries"]) for e in found] == [("2023-06-05", True)], found
