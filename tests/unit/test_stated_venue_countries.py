"""A state named after "in" or في behind the word of ties restored, a deal or talks ("reopened
its embassy in Egypt", "أعادت فتح سفارتها في سوريا") is where the event was held, not the
country of the side that acts, though that one is named nearer the word; a state named further
on is another noun's."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "event_type", "country"),
    [
        ("Turkey reopened its embassy in Egypt on Tuesday.", "relations", "EGY"),
        ("Bahrain reopened its embassy in Syria on Tuesday after a decade.", "relations", "SYR"),
        ("أعادت البحرين فتح سفارتها في سوريا يوم الثلاثاء.", "relations", "SYR"),
        ("أعادت إيران فتح سفارتها في السعودية يوم الثلاثاء.", "relations", "SAU"),
        # a place further on is another noun's: the groups are in Libya, not the talks
        ("اتفقت مصر والجزائر وتونس يوم الثلاثاء على إعداد قائمة بالجماعات المسلحة الناشطة في ليبيا.", "agreement", None),
    ],
)
def test_the_state_named_as_venue_is_the_place(text, event_type, country):
    found = of_type(extract(text, "2023-06-07"), event_type)
    assert found, extract(text, "2023-06-07")
    assert {(ev["location"] or {}).get("country") for ev in found} == {country}, found
