"""A catalogued event is named by its aliases or by keywords of its own instance; a phrase
every deed of its kind is told with (a cessation of hostilities) supports an entry only beside
another of its keywords, so another truce so described is no background event of the catalog.
The catalogued truce named with its place keeps its catalog day."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


def test_a_truce_described_as_a_cessation_of_hostilities_is_its_own() -> None:
    text = (
        "Israel's security cabinet approved a ceasefire with Lebanon's Hezbollah on Tuesday. Biden, speaking in the "
        'White House Rose Garden, said the deal, brokered by the United States and France, was "designed to be a '
        'permanent cessation of hostilities".'
    )
    found = of_type(extract(text, "2024-11-26"), "ceasefire")
    assert [e["date"] for e in found] == ["2024-11-26"], found


@pytest.mark.parametrize(
    "text",
    [
        "The cessation of hostilities in Syria has largely held, the opposition said.",
        "وقال المتحدث إن اتفاق وقف الأعمال العدائية في سوريا صامد إلى حد كبير.",
    ],
)
def test_the_catalogued_truce_named_with_its_place_keeps_its_day(text: str) -> None:
    found = of_type(extract(text, "2016-03-10"), "ceasefire")
    assert [(e["date"], e["date_basis"]) for e in found] == [("2016-02-27", "reference")], found
