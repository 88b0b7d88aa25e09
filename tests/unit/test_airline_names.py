"""An airline named after a state (Air China, Kenya Airways, Ethiopian Airlines) is a company, not
that state: a traveller aboard its plane gives the event no country of the airline's
(data/actors.json `blockers`, data/gazetteer_curated.json `blockers_en`)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("North Korean leader Kim Jong Un arrived in Singapore on Sunday aboard an Air China plane.", {"PRK", "SGP"}),
        ("The Iranian foreign minister arrived in Nairobi on Sunday aboard a Kenya Airways flight.", {"IRN", "KEN"}),
        ("The Iranian foreign minister arrived in Beirut on Sunday aboard an Ethiopian Airlines flight.", {"IRN", "LBN"}),
    ],
)
def test_an_airline_lends_no_country(text: str, countries: set[str]) -> None:
    (visit,) = of_type(extract(text, "2018-06-11"), "visit")
    assert set(visit["countries"]) == countries


def test_the_state_itself_still_counts() -> None:
    (visit,) = of_type(extract("The Chinese foreign minister arrived in Singapore on Sunday.", "2018-06-11"), "visit")
    assert set(visit["countries"]) == {"CHN", "SGP"}
