"""A place named after the event word of a clause telling the deed that came before (after a
bombing in Istanbul, عقب تفجير في إسطنبول) is that deed's, not the place of the event word before
the clause; a place named before the clause stays the event's (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "event_type", "name"),
    [
        ("Ankara launched air strikes on Thursday after a bombing in Istanbul.", "attack", "Istanbul"),
        ("Egyptian police arrested ten officials on Sunday following a bombing in Cairo.", "arrest", "Cairo"),
        ("شنت أنقرة غارات جوية يوم الخميس عقب هجوم في إسطنبول.", "attack", "Istanbul"),
        ("اعتقلت السلطات الأردنية عشرة معارضين يوم الأحد بعد هجوم في عمان.", "arrest", "Amman"),
    ],
)
def test_the_place_of_the_deed_before_is_not_the_event_s(text, event_type, name) -> None:
    found = of_type(extract(text, "2023-10-05"), event_type)
    assert found and all((e.get("location") or {}).get("name") != name for e in found[:1]), found


@pytest.mark.parametrize(
    ("text", "event_type", "name"),
    [
        ("Turkish jets struck targets near Kirkuk on Thursday after a bombing in Ankara.", "attack", "Kirkuk"),
        ("شنت طائرات تركية غارات قرب كركوك يوم الخميس بعد تفجير في أنقرة.", "attack", "Kirkuk"),
    ],
)
def test_a_place_named_before_the_clause_stays_the_event_s(text, event_type, name) -> None:
    found = of_type(extract(text, "2023-10-05"), event_type)
    assert found and (found[0].get("location") or {}).get("name") == name, found
