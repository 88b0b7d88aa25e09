"""A meeting of three states or more in the city of one of them is a meeting, not a visit to the
host ("The foreign ministers of Russia, Ukraine, Germany and France met in Berlin", «التقى وزراء
خارجية إيران وروسيا وتركيا في موسكو»). Two states meeting in the city of one stay a visit of the
other."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

PUB = "2015-04-03"  # a Friday


@pytest.mark.parametrize(
    ("text", "event_type", "countries"),
    [
        (
            "The foreign ministers of Russia, Ukraine, Germany and France met in Berlin on Wednesday.",
            "meeting",
            {"RUS", "UKR", "DEU", "FRA"},
        ),
        ("The foreign ministers of Iran, Russia and Turkey met in Moscow on Wednesday.", "meeting", {"IRN", "RUS", "TUR"}),
        ("Erdogan met Putin and Rouhani in Sochi on Wednesday.", "meeting", {"TUR", "RUS", "IRN"}),
        ("التقى وزراء خارجية إيران وروسيا وتركيا في موسكو الأربعاء.", "meeting", {"IRN", "RUS", "TUR"}),
        # two states in the city of one: the other's visit
        ("Erdogan met Putin in Sochi on Wednesday.", "visit", {"TUR", "RUS"}),
        ("التقى أردوغان بوتين في سوتشي الأربعاء.", "visit", {"TUR", "RUS"}),
        ("Kerry met Abbas and Erekat in Ramallah on Wednesday.", "visit", {"USA", "PSE"}),
    ],
)
def test_a_meeting_of_several_states_in_a_host_city(text: str, event_type: str, countries: set[str]) -> None:
    found = [(e["event_type"], set(e["countries"])) for e in extract(text, PUB)]
    assert (event_type, countries) in found, found
