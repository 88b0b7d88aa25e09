"""A capital that is the subject of a measure one state takes against another stands for its
state as the doer: the measure is that state's and is placed in its country; the state the
measure is aimed at stays a party."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


def _country(event: dict) -> str | None:
    return (event.get("location") or {}).get("country")


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        # the capital first in its clause, after an auxiliary, with a nisba of the target between
        ("وكانت الرياض قد أغلقت القنصلية الإيرانية وجمدت علاقاتها مع طهران عام 2016.", "SAU", "IRN"),
        ("وكانت دمشق قد أغلقت المكتب التجاري التركي وجمدت علاقاتها مع أنقرة عام 2012.", "SYR", "TUR"),
        # after a verb of deciding, before the verbal noun of the measure
        ("وقررت الرباط في مارس من ذلك العام طرد السفير الجزائري.", "MAR", "DZA"),
        ("Amman had shut the Iranian trade office and froze its ties with Tehran in 2016.", "JOR", "IRN"),
        ("In March 2016, Rabat closed the Algerian consulate and froze its ties with Algiers.", "MAR", "DZA"),
    ],
)
def test_a_capital_that_takes_a_measure_is_its_state(text, doer, target):
    found = of_type(extract(text, "2018-06-10"), "sanctions")
    assert found, found
    event = found[-1]
    assert _country(event) == doer, event
    assert event.get("actor1") == doer, event
    assert target in event.get("countries", []), event
