"""An officer or an official assuming the responsibilities, duties or powers of the head of state or
of another top office ("he was assuming the responsibilities of head of state") takes that office,
as one who assumes power does; one only allowed or refused it does not."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "date", "country"),
    [
        (
            "Burkina Faso's army chief General Honore Traore told reporters on Friday he was assuming the "
            "responsibilities of head of state.",
            "2014-10-31",
            "2014-10-31",
            "BFA",
        ),
        ("Mali's prime minister assumed the duties of president on Monday.", "2014-10-31", "2014-10-27", "MLI"),
    ],
)
def test_the_duties_of_a_top_office_assumed_are_an_appointment(text: str, published: str, date: str, country: str) -> None:
    found = of_type(extract(text, published), "appointment")
    assert [(e["date"], e["countries"]) for e in found] == [(date, [country])], found


def test_the_duties_only_refused_are_none() -> None:
    text = "Mali's opposition refused to let the army chief assume the powers of president."
    assert not of_type(extract(text, "2014-10-31"), "appointment")
