"""A definite word of an election with no date of its own ("since the disputed vote", «منذ
الانتخابات») takes up the one election of that country the article dates, however long before;
with two dated elections of the country it takes up neither."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

CIV = (
    "ABIDJAN (AP) - Ivory Coast's Laurent Gbagbo was captured on Monday. Ouattara had been holed up at the Golf Hotel "
    "in Abidjan under U.N. protection since the disputed vote. "
)


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (CIV + "The crisis in Ivory Coast began after the Nov. 28 runoff.", ["2010-11-28"]),
        (CIV + "Ivory Coast held a presidential election on Oct. 31, 2010.", ["2010-10-31"]),
        # two elections dated: the word may take up either
        (
            CIV + "Ivory Coast held a presidential election on Oct. 31, 2010. Gbagbo first won a presidential "
            "election in Ivory Coast in October 2000.",
            ["2000-10", "2010-10-31", "2011-04-12"],
        ),
    ],
)
def test_the_disputed_vote_is_the_dated_one(text, dates):
    assert sorted(e["date"] for e in of_type(extract(text, "2011-04-12"), "election")) == dates
