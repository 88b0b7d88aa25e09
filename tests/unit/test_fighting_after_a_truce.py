"""Fighting whose sentence names none of its sides, told right after the sentence of a truce
between two countries, was between the truce's sides (data/assembly.json
`fighting_after_truce`); a truce of another number of sides lends none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2025-07-28"


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        (
            "Thailand and Cambodia agreed to an immediate ceasefire from midnight on Monday. "
            "Five days of border clashes have killed at least 35 people.",
            {"THA", "KHM"},
        ),
        (
            "وافقت تايلاند وكمبوديا على وقف فوري لإطلاق النار اعتبارا من منتصف ليل الاثنين. "
            "وأسفرت الاشتباكات الحدودية عن مقتل 35 شخصا على الأقل.",
            {"THA", "KHM"},
        ),
    ],
)
def test_fighting_after_a_truce_is_between_its_sides(text: str, countries: set[str]) -> None:
    found = of_type(extract(text, PUB), "attack")
    assert found and set(found[0]["countries"]) == countries, found


def test_a_truce_of_many_sides_lends_none() -> None:
    text = (
        "Israel, Lebanon, Syria and Jordan agreed to an immediate ceasefire on Monday. "
        "Five days of border clashes have killed at least 35 people."
    )
    assert of_type(extract(text, PUB), "attack") == []
