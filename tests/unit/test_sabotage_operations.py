"""Ships subjected to sabotage operations (لعمليات تخريب, sabotage attacks) were attacked; acts of
vandalism in a protest are no such operations."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "تعرضت أربع سفن تجارية لعمليات تخريب قبالة ميناء الفجيرة الإماراتي في 12 مايو.",
        "Four tankers were hit by sabotage attacks off the UAE port of Fujairah on May 12.",
    ],
)
def test_sabotage_is_an_attack(text: str) -> None:
    assert [e["date"] for e in of_type(extract(text, "2019-06-21"), "attack")] == ["2019-05-12"]


def test_vandalism_in_a_protest_is_no_attack() -> None:
    text = "وشهدت الاحتجاجات في عمّان بالأردن أمس أعمال تخريب طالت محال تجارية."
    assert not of_type(extract(text, "2019-06-21"), "attack")
