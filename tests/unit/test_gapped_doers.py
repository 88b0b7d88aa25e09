"""A deed told of one state at one time, then, its verb left out, of another state at another
time, the object told by a pronoun (وكانت كينيا قد وقعت اتفاقية دفاع معها عام 2011 وأوغندا عام
2015) is one deed of each state, each at its own time."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "وكانت كينيا قد وقعت اتفاقية دفاع معها عام 2011 وأوغندا عام 2015.",
        "Kenya had signed a defence pact with it in 2011 and Uganda in 2015.",
    ],
)
def test_a_gapped_second_state_does_the_deed_at_its_own_time(text):
    found = sorted(of_type(extract(text, "2020-10-20"), "agreement"), key=lambda e: e["date"])
    assert [e["date"] for e in found] == ["2011", "2015"]
    assert [("KEN" in e["countries"], "UGA" in e["countries"]) for e in found] == [(True, False), (False, True)]

