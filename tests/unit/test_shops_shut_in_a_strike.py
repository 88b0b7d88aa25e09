"""Shops shut in answer to a call to strike or to civil disobedience are a strike held (a
protest, CAMEO 143); shops shut for a curfew or a holiday are none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("وأغلقت معظم المحال التجارية في مدينة عدن اليمنية أبوابها أمس استجابة لدعوة الحراك الجنوبي.", ["2012-02-21"]),
        ("Most shops in Srinagar in Indian Kashmir stayed shut on Tuesday in response to a strike call by separatists.", ["2012-02-21"]),
        ("أغلقت المحال التجارية في عدن اليمنية أبوابها أمس بسبب حظر التجول.", []),
        ("Shops in Sanaa, Yemen, closed early on Tuesday for the Eid holiday.", []),
    ],
)
def test_shops_shut_in_answer_to_a_call_are_a_strike(text, dates):
    assert [e["date"] for e in of_type(extract(text, "2012-02-22"), "protest")] == dates
