"""Military observers who landed are deployed; settlement proposals accepted are an agreement; a
rank before an election's "to be elected" is no plan; a deed told by a participle after a dated
verb keeps that verb's day, not the day still to come of a plan told after it."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "event_type", "dates"),
    [
        (
            "The first U.N. military observers landed in Laayoune, Western Sahara, on Thursday and were "
            "moving out to positions along the front line.",
            "1991-09-07",
            "deployment",
            ["1991-09-05"],
        ),
        (
            "Morocco and the Polisario accepted the settlement proposals in principle in August 1988.",
            "1991-09-07",
            "agreement",
            ["1988-08"],
        ),
        ("Bachelet was the first woman to be elected president of Chile in 2006.", "2008-12-06", "election", ["2006"]),
        (
            "Rival Afghan factions signed a United Nations-brokered deal on Wednesday to set up an interim "
            "government in Kabul, naming Pashtun tribal leader Hamid Karzai to head a 30-member administration "
            "due to take power on December 22.",
            "2001-12-06",
            "appointment",
            ["2001-12-05"],
        ),
    ],
)
def test_events(text, published, event_type, dates):
    assert [e["date"] for e in of_type(extract(text, published), event_type)] == dates


def test_the_deal_a_participle_follows_keeps_its_day():
    text = (
        "Rival Afghan factions signed a United Nations-brokered deal on Wednesday to set up an interim "
        "government in Kabul, naming Hamid Karzai to head an administration due to take power on December 22."
    )
    assert [e["date"] for e in of_type(extract(text, "2001-12-06"), "agreement")] == ["2001-12-05"]
