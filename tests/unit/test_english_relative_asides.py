"""An event word inside a relative clause set off by a comma ("X, who resigned hours later")
leaves a verb in the past outside that clause standing as an event of its own."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2021-12-24"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "A junta seized power in Mali in August 2020, when soldiers detained President Ibrahim "
            "Boubacar Keita, who resigned hours later.",
            "arrest",
        ),
        (
            "Turkish President Recep Tayyip Erdogan, who became president in 2014, visited Qatar in November 2021.",
            "visit",
        ),
        (
            "The Emir of Qatar, who took office in 2013, signed a defence agreement with Turkey in December 2021.",
            "agreement",
        ),
    ],
)
def test_the_clause_outside_the_aside_stays(text: str, event_type: str) -> None:
    assert len(of_type(extract(text, PUB), event_type)) == 1


def test_the_aside_keeps_its_own_event() -> None:
    text = "A junta seized power in Mali in August 2020, when soldiers detained President Keita, who resigned hours later."
    found = extract(text, PUB)
    assert {e["event_type"] for e in found} >= {"arrest", "appointment"}
