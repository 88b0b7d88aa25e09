"""Aid or troops sent somewhere, and a traveller, are placed where the word of "to" after the
deed's word and its object takes them ("sent two planes loaded with relief to Turkey", "أرسلت
طائرتين محملتين بمواد الإغاثة إلى تركيا"), not at a place named in another clause of the
sentence."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "kind", "country"),
    [
        (
            "وبعد الفيضانات التي اجتاحت شمال العراق في مارس، أرسلت الأردن طائرتين محملتين بمواد الإغاثة إلى تركيا.",
            "aid",
            "TUR",
        ),
        (
            "After floods swept northern Iraq in March, Jordan sent two planes loaded with relief supplies to Turkey.",
            "aid",
            "TUR",
        ),
        ("وتوجه الوزير إلى الأردن والضفة الغربية المحتلة في مايو.", "visit", "JOR"),
    ],
)
def test_a_deed_of_sending_is_placed_at_its_destination(text, kind, country):
    found = of_type(extract(text, "2024-06-10"), kind)
    assert found, extract(text, "2024-06-10")
    assert {(ev["location"] or {}).get("country") for ev in found} == {country}, found
