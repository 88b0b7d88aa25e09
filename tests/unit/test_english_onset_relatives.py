"""A relative clause of an event's onset after the place or target of an English event word
("pressed an offensive on the capital that began in April") dates that event word."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        ("Forces loyal to Khalifa Haftar of Libya pressed an offensive on the capital that began in April.", "attack", "2019-04"),
        ("Israeli jets carried out air strikes on targets in Gaza that began on Monday.", "attack", "2019-12-23"),
    ],
)
def test_an_onset_after_the_target_dates_the_event(text: str, event_type: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, "2019-12-27"), event_type)] == [date]


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        # what began is the war talked about, not the talks
        ("Libya and Turkey held talks on the war that began in April.", "meeting", "2019-04"),
        # no verb of an onset: the clause tells of the place
        ("The attack on the embassy that was built in 1990 killed three Iraqi guards.", "attack", "1990"),
    ],
)
def test_other_relative_clauses_after_a_place_date_no_event(text: str, event_type: str, date: str) -> None:
    assert date not in [e["date"] for e in of_type(extract(text, "2019-12-27"), event_type)]
