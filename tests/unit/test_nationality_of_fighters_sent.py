"""The nationality of fighters a state sends, beside their noun ("sent troops and Syrian fighters
to support the GNA", "مرتزقة سوريين"), tells who went, not the party they were sent to: the
deployment is placed with the side they were sent to support."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2020-06-06"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Haftar's offensive on Tripoli collapsed after Turkey sent troops and Syrian fighters to support "
            "the GNA in January.",
            "LBY",
        ),
        # what must stay: a recipient named after the sending is the place
        ("Saudi Arabia sent humanitarian aid to the Yemeni people on Monday.", "YEM"),
        ("وأرسلت تركيا في يناير مقاتلين سوريين لدعم حكومة الوفاق الليبية.", "LBY"),
    ],
)
def test_sent_fighters_are_placed_with_the_side_they_support(text, country):
    found = [e for t in ("deployment", "aid") for e in of_type(extract(text, PUBLISHED), t)]
    assert [(e["location"] or {}).get("country") for e in found] == [country]
