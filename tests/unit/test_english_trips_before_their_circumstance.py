"""An English trip told in the past by the main verb ("travelled to Ankara", "flew to Amman"),
followed by a stronger word of another type in a later clause of its cause or purpose
("after an air strike ...", "for talks on a ceasefire"): the trip happened too, beside the
other deed. A trip told after the other word, or not in the past, changes nothing."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2021-03-06"


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi Prime Minister Mustafa al-Kadhimi travelled to Ankara on Thursday after a week in "
        "which Turkish air strikes killed 12 people in Sinjar.",
        "The Omani foreign minister flew to Tehran on Thursday for talks with Iranian officials on "
        "a ceasefire in Yemen.",
    ],
)
def test_trip_stays_beside_its_circumstance(text: str) -> None:
    assert len(of_type(extract(text, PUB), "visit")) == 1


@pytest.mark.parametrize(
    "text",
    [
        # the stronger word comes first: the sentence's own deed, the trip its sequel
        "Turkish air strikes killed 12 people in Sinjar on Thursday, and families travelled to Erbil after the raid.",
    ],
)
def test_no_trip_kept(text: str) -> None:
    assert of_type(extract(text, PUB), "visit") == []
