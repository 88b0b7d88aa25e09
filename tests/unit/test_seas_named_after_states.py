"""A sea named after a state (the Gulf of Oman, «بحر عمان») is water, not that state:
an event at sea there has no Omani party, while Oman named on its own still is one."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

_PUBLISHED = "2019-06-14"


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Iran seized a tanker in the Gulf of Oman on Thursday.", {"IRN"}),
        ("Iran seized a tanker in the Sea of Oman on Thursday.", {"IRN"}),
        ("Iran seized a tanker in the Oman Sea on Thursday.", {"IRN"}),
        ("احتجزت إيران ناقلة نفط في بحر عمان يوم الخميس.", {"IRN"}),
        ("احتجزت إيران ناقلة نفط في خليج عمان يوم الخميس.", {"IRN"}),
        # the state itself, named on its own, stays a party
        ("Oman hosted talks between Iran and the United States on Thursday.", {"OMN", "IRN", "USA"}),
        ("استضافت سلطنة عمان يوم الخميس محادثات بين إيران والولايات المتحدة.", {"OMN", "IRN", "USA"}),
    ],
)
def test_a_sea_named_after_a_state_is_no_party(text, countries):
    found = extract(text, _PUBLISHED)
    assert found, text
    assert set(found[0]["countries"]) == countries, found


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # a gulf named after a port city is water shared by several states, not that city
        ("Houthi forces fired a missile at a ship in the Gulf of Aqaba on Thursday.", {"YEM"}),
        ("أطلق الحوثيون صاروخا على سفينة في خليج العقبة يوم الخميس.", {"YEM"}),
        # the city itself stays a place
        ("King Abdullah met the UN envoy in Aqaba on Thursday.", {"JOR"}),
        ("استقبل العاهل الأردني المبعوث الأممي في العقبة يوم الخميس.", {"JOR"}),
    ],
)
def test_a_gulf_named_after_a_city_is_not_the_city(text, countries):
    found = extract(text, _PUBLISHED)
    assert found, text
    assert set(found[0]["countries"]) == countries, found
