"""A pledge made at a gathering whose day stands in a relative clause set off by a comma ("at the
meeting, which was held in London on February 4", "خلال مؤتمر المانحين، الذي عقد في جنيف في 4
فبراير") takes the gathering's day, not the publication's."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

NOVEMBER = "2019-11-12"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Kuwait pledged $300 million to Yemen at the meeting, which was held in London on February 4.", "2019-02-04"),
        ("Japan pledged $50 million for Syria during a donors' conference, which opened in Brussels on March 14.", "2019-03-14"),
        ("تعهدت الكويت بتقديم 300 مليون دولار لليمن خلال مؤتمر المانحين، الذي عقد في جنيف في 4 فبراير.", "2019-02-04"),
        ("وتعهدت اليابان بتقديم 50 مليون دولار لسوريا في المؤتمر، الذي انعقد في بروكسل في 14 مارس.", "2019-03-14"),
    ],
)
def test_a_pledge_takes_the_day_of_its_gathering_told_in_a_relative_clause(text: str, date: str) -> None:
    found = of_type(extract(text, NOVEMBER), "aid")
    assert [e["date"] for e in found] == [date], found

