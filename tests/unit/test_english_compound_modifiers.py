"""An English event word joined by a hyphen to a lower-case word after it is the first part of a
compound modifier ("Protest-linked doctors", "election-related violence", "a ceasefire-monitoring
mission"): no event word. A hyphen inside the event word itself ("sit-in", "cease-fire") stays
(real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2019-07-05"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Protest-linked doctors in Sudan say 128 people were killed in Khartoum.", "protest"),
        ("Election-related violence has displaced thousands of people in Kenya.", "election"),
        ("A ceasefire-monitoring mission of the OSCE arrived in Donetsk in Ukraine on Monday.", "ceasefire"),
    ],
)
def test_a_compound_modifier_is_no_event_word(text, event_type) -> None:
    assert of_type(extract(text, PUBLISHED), event_type) == []


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Students staged a sit-in outside the army headquarters in Khartoum on Monday.", "protest"),
        ("The cease-fire took hold in Donetsk in eastern Ukraine on Monday.", "ceasefire"),
        ("Anti-government protests spread across Sudan on Monday.", "protest"),
    ],
)
def test_a_hyphen_inside_or_before_the_event_word_stays(text, event_type) -> None:
    assert len(of_type(extract(text, PUBLISHED), event_type)) == 1


def test_an_event_word_of_a_borrowed_phrase_stays() -> None:
    found = of_type(extract("The army staged a coup-d'état in Niger on Thursday.", PUBLISHED), "appointment")
    assert [e["date"] for e in found] == ["2019-07-04"]
