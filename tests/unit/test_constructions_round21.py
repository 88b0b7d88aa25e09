"""Round 21: constructions of news prose.

A nisba right after a noun of a person's role or trade (رجل الأعمال الجزائري، الصحفي المغربي) is
that person's nationality and gives its country; after a given name it is a family name."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2020-11-10"  # a Tuesday


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("اعتقلت السلطات رجل الأعمال الجزائري علي حداد يوم الأحد.", "DZA"),
        ("اعتقلت الشرطة الصحفي المغربي عمر الراضي يوم الأحد.", "MAR"),
        ("اعتقلت قوات الأمن الناشط التونسي في العاصمة يوم الأحد.", "TUN"),
        ("أوقفت السلطات الروائي الجزائري في المطار يوم الأحد.", "DZA"),
    ],
)
def test_nisba_after_a_role_is_a_nationality(text: str, country: str) -> None:
    found = of_type(extract(text, PUB), "arrest")
    assert found and country in found[0]["countries"], (text, found)


@pytest.mark.parametrize(
    "text",
    [
        # after a given name, the nisba is a family name: no country
        "اعتقلت السلطات محمد الجزائري يوم الأحد.",
    ],
)
def test_nisba_after_a_name_stays_a_family_name(text: str) -> None:
    assert not any("DZA" in e["countries"] for e in extract(text, PUB)), text
