"""A state's body ratifies at home: a city its sentence names that the gazetteer gives to
another country ("Israel's cabinet approved the deal in Jerusalem", "صادق مجلس الوزراء
الإسرائيلي على الاتفاق في القدس") does not move the ratification out of the ratifying state."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("In Jerusalem, Israel's cabinet approved the maritime border deal with Lebanon on Thursday.", "ISR"),
        ("وصادق مجلس الوزراء الإسرائيلي يوم الخميس في القدس على اتفاق ترسيم الحدود البحرية مع لبنان.", "ISR"),
        # a city of the ratifying state stays its place
        ("Turkey's parliament ratified the security accord with Libya in Ankara on Saturday.", "TUR"),
    ],
)
def test_a_ratification_stays_in_the_ratifying_state(text, country):
    events = extract(text, "2022-10-28")
    found = of_type(events, "ratification")
    assert found, events
    assert {(ev["location"] or {}).get("country") for ev in found} == {country}, found
