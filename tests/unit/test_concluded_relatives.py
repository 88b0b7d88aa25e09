"""An agreement or a truce named under a cue of another deed (a demand, a refusal, a plan)
and described right after by a relative clause that signs or concludes it in the past is
asserted: the clause tells it done, and dates it."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        ("كما طالبت مصر بوقف بناء السد فورا، وتقييد إثيوبيا بالاتفاق الذي وقع عام 2015.", "agreement", "2015"),
        ("كما طالبت مصر بوقف بناء السد فورا، وتقييد إثيوبيا بالمعاهدة التي وقعت عام 2015.", "agreement", "2015"),
        ("Egypt demanded on Sunday that Ethiopia abide by the agreement that it signed with Sudan in 2015.", "agreement", "2015"),
        ("The rebels threatened to abandon the truce that they signed in Geneva in 2019.", "ceasefire", "2019"),
    ],
)
def test_a_deal_signed_in_a_relative_clause_is_asserted(text, event_type, date):
    found = of_type(extract(text, "2020-03-01"), event_type)
    assert [e["date"] for e in found] == [date], extract(text, "2020-03-01")
