"""A closure of flights or of a way to a foreign place ("Saudi Arabia suspended flights to Toronto",
«أوقفت تركيا رحلاتها الجوية إلى أربيل») is taken against the state that place lies in: its
country is a side of the measure, though no place of it; a way to a place of the closing state's
own, or a closure that names no way's end, gives none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Saudi Arabia suspended flights to Toronto on Monday.", [{"SAU", "CAN"}]),
        ("علقت السعودية رحلاتها إلى تورونتو يوم الاثنين.", [{"SAU", "CAN"}]),
        ("Turkey halted flights to Erbil on Monday.", [{"TUR", "IRQ"}]),
        ("أوقفت تركيا رحلاتها الجوية إلى أربيل يوم الاثنين.", [{"TUR", "IRQ"}]),
        # guards: a way within the closing state; no way's end named
        ("Turkey halted flights to Istanbul on Monday.", []),
        ("Saudi Arabia suspended flights on Monday.", []),
    ],
)
def test_the_state_a_closed_way_leads_to_is_its_target(text, countries):
    found = of_type(extract(text, "2018-08-06"), "sanctions")
    assert [set(e["countries"]) for e in found] == countries, found
    assert all((e["location"] or {}).get("country") != "CAN" for e in found)
