"""A place named after the event word of a clause of contrast that follows the event's own
("agreed in Qatar to a truce, even as fighting shook Kabul again", "اتفق الطرفان في السعودية
على هدنة، لكن اشتباكات تجددت في الخرطوم") is that clause's event's, not the first one's."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "The Afghan government and the Taliban agreed in Qatar on Sunday to a three-day truce, "
            "even as heavy fighting shook the city of Kabul again.",
            "QAT",
        ),
        (
            "The Afghan government and the Taliban agreed in Qatar on Sunday to a three-day truce, "
            "though heavy fighting shook the city of Kabul again.",
            "QAT",
        ),
        ("اتفق الجيش وقوات الدعم السريع في السعودية على هدنة لمدة سبعة أيام، لكن اشتباكات عنيفة تجددت في الخرطوم.", "SAU"),
    ],
)
def test_a_place_of_a_clause_of_contrast_is_not_the_events(text, country):
    found = of_type(extract(text, "2020-08-03"), "ceasefire")
    assert found, extract(text, "2020-08-03")
    assert {(ev["location"] or {}).get("country") for ev in found} == {country}, found
