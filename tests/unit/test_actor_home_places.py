"""A country that only says where a party is based ("الحوثيون في اليمن") is not where its strike
landed, when the sentence names the country it was aimed at (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("وأطلق الحوثيون في اليمن صاروخا بالستيا على السعودية أمس.", "SAU"),
        ("The Houthis in Yemen fired a ballistic missile at Saudi Arabia yesterday.", "SAU"),
        # no place aimed at: the country named stays the place
        ("وأعلنت الرياض مقتل جنديين سعوديين في معارك ضد الحوثيين في اليمن أمس.", "YEM"),
    ],
)
def test_the_strike_lands_where_it_was_aimed(text, where):
    attack = next(e for e in extract(text, "2018-04-12") if e["event_type"] == "attack")
    assert attack["location"]["country"] == where, attack
