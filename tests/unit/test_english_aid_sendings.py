"""English words of relief sent abroad: a team of rescuers, a rescue delegation, a civil
protection team, planeloads of supplies flown in."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Greece sent a team of 21 rescuers and two sniffer dogs to Turkey on Monday.", {"GRC", "TUR"}),
        ("Israel also sent a search-and-rescue delegation to southern Turkey on Monday night.", {"ISR", "TUR"}),
        ("Algeria sent an 89-member civil protection team to Syria on Tuesday.", {"DZA", "SYR"}),
        ("Iraq flew planeloads of fuel and medical supplies to Damascus and Aleppo on Tuesday.", {"IRQ", "SYR"}),
        ("Jordan dispatched rescuers to Turkey on Tuesday.", {"JOR", "TUR"}),
    ],
)
def test_relief_sent_abroad_is_aid(text: str, countries: set[str]) -> None:
    found = of_type(extract(text, "2023-02-08"), "aid")
    assert found and set(found[0]["countries"]) == countries


@pytest.mark.parametrize(
    "text",
    [
        # a delegation of talks, no relief
        "Israel sent a delegation to Cairo on Monday for talks on a ceasefire.",
        # flights flown, nothing carried
        "Turkish Airlines flew planes to Doha on Tuesday.",
    ],
)
def test_other_sendings_are_no_aid(text: str) -> None:
    assert not of_type(extract(text, "2023-02-08"), "aid")
