"""An undated election of a country told in the months before its catalogued vote is that
coming vote, still to come (a campaign is fought for months); an election the text dates in
the past stays an event."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "count"),
    [
        # eight weeks before the Turkish vote of 24 June 2018: the coming election
        ("وعد أردوغان الآلاف من أنصاره في إزمير بالفوز في الانتخابات الرئاسية والبرلمانية.", "2018-04-29", 0),
        (
            "Erdogan promised thousands of supporters in Izmir a historic win in the presidential and parliamentary elections.",
            "2018-04-29",
            0,
        ),
        # an election dated in the past by the text: told as held
        ("وكانت الانتخابات البرلمانية التركية قد أجريت في نوفمبر 2015.", "2018-04-29", 1),
        ("Turkey's last parliamentary elections were held in November 2015.", "2018-04-29", 1),
    ],
)
def test_elections_campaigned_ahead(text: str, published: str, count: int) -> None:
    assert len(of_type(extract(text, published), "election")) == count
