"""An election told as just held (للتو، مؤخرا, recently) is the one catalogued election of its
country in the weeks before the publication; a country's own doing is singled out by that one
country, where a deal between states needs two."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "date", "basis"),
    [
        ("وكتب ظريف أن إيران التي أنهت للتو انتخابات حقيقية تتعرض لهجوم.", "2017-05-22", "2017-05-19", "reference"),
        ("وشهدت إيران للتو انتخابات رئاسية.", "2017-05-25", "2017-05-19", "reference"),
        ("Iran held elections recently, officials said.", "2017-05-25", "2017-05-19", "reference"),
        # no word of recency: the article's day
        ("وشهدت إيران انتخابات رئاسية.", "2017-05-25", "2017-05-25", "publication"),
        # told as recent, but months after the catalogued vote: not that one
        ("وشهدت إيران للتو انتخابات رئاسية.", "2017-11-25", "2017-11-25", "publication"),
    ],
)
def test_an_election_told_as_just_held(text, published, date, basis):
    (election,) = of_type(extract(text, published), "election")
    assert (election["date"], election["date_basis"]) == (date, basis)
