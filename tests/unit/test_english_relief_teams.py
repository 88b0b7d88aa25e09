"""Aid told by sending rescuers or supplies (a rescue team, a civil protection team, rescuers,
planeloads flown, a plane loaded with food, an air bridge, a sum ordered in relief), and two
deeds of one type in one sentence told by two subjects after ", and": each its own event."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2023-02-08"


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Greece sent a team of 21 rescuers and two sniffer dogs to Turkey on Monday.", {"GRC", "TUR"}),
        ("Israel also sent a search-and-rescue delegation to southern Turkey on Monday night.", {"ISR", "TUR"}),
        ("Algeria sent an 89-member civil protection team to Syria on Tuesday.", {"DZA", "SYR"}),
        ("Iraq flew planeloads of fuel and medical supplies to Damascus on Tuesday.", {"IRQ", "SYR"}),
        ("The Qatar Fund for Development began an air bridge to Turkey on Tuesday.", {"QAT", "TUR"}),
        ("A Jordanian plane loaded with food and medicine landed in Damascus on Tuesday.", {"JOR", "SYR"}),
        ("Kuwait's emir ordered 30 million dollars in relief for Turkey on Tuesday.", {"KWT", "TUR"}),
    ],
)
def test_relief_sent_is_aid(text: str, countries: set[str]) -> None:
    found = of_type(extract(text, PUB), "aid")
    assert len(found) == 1
    assert countries <= set(found[0]["countries"])


@pytest.mark.parametrize(
    "text",
    [
        "Saudi Arabia said it would establish an air bridge to Turkey.",  # planned
        "Greece sent two diplomats to Turkey on Monday for talks.",  # no rescuers, no supplies
        "The airline flew 300 passengers to Damascus on Tuesday.",
    ],
)
def test_no_relief(text: str) -> None:
    assert of_type(extract(text, PUB), "aid") == []


def test_two_subjects_two_deeds() -> None:
    text = (
        "Iraq flew planeloads of fuel and medical supplies to Damascus on Tuesday, "
        "and Algeria sent an 89-member civil protection team to Syria."
    )
    found = of_type(extract(text, PUB), "aid")
    assert sorted(tuple(sorted(e["countries"])) for e in found) == [("DZA", "SYR"), ("IRQ", "SYR")]


def test_one_subject_one_deed() -> None:
    # one doer, one shipment told by two verbs: no second subject after ", and"
    text = "Jordan sent medical supplies to Syria on Tuesday and delivered tents to Aleppo."
    assert len(of_type(extract(text, PUB), "aid")) == 1
