"""A deed told by a verb in the past as so many days before the day of its sentence's event
("declared himself leader on Friday, two days after his troops detained the president") is an
event of its own, dated that many days before; a circumstance with no count of days is not."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2023-07-29"


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        (
            "NIAMEY — General Tiani, the head of Niger's presidential guard, declared himself the country's new "
            "leader on Friday, two days after his troops detained President Mohamed Bazoum in the presidential palace.",
            "arrest",
            "2023-07-26",
        ),
    ],
)
def test_a_counted_circumstance_is_kept(text: str, event_type: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, PUB), event_type)] == [date]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "Recep Tayyip Erdogan won Turkey's presidential run-off on Sunday, securing five more years in power "
            "after a campaign fought amid a cost-of-living crisis and the aftermath of February's earthquakes.",
            "attack",
        ),
    ],
)
def test_an_uncounted_circumstance_is_not(text: str, event_type: str) -> None:
    assert of_type(extract(text, PUB), event_type) == []
