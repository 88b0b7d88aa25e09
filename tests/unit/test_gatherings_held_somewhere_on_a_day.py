"""A gathering whose relative clause of holding names where before when («اجتماع وزراء خارجية
دول مجلس التعاون الخليجي الذي عقد في الرياض أول من أمس الثلاثاء», "a meeting of Gulf foreign
ministers that was held in Riyadh on Tuesday") took place on that day, with up to six words
between its word and the relative, and the masculine verb of holding (عقد، انعقد) read too."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "وكان آخرها خلال اجتماع وزراء خارجية دول مجلس التعاون الخليجي الذي عقد في الرياض أول من أمس الثلاثاء.",
        "The ministers attended a meeting of Gulf foreign ministers that was held in Riyadh on Tuesday.",
    ],
)
def test_a_gathering_held_somewhere_on_a_day(text):
    assert [e["date"] for e in of_type(extract(text, "2014-03-06"), "meeting")] == ["2014-03-04"]


def test_a_place_with_no_day_after_it_dates_nothing():
    text = "The ministers attended a meeting of Gulf foreign ministers that was held in Riyadh."
    assert [e["date"] for e in of_type(extract(text, "2014-03-06"), "meeting")] == ["2014-03-06"]
