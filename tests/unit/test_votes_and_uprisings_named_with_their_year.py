"""A vote or an uprising named with its year is a deed of that year told in passing, beside the
sentence's other word of its type or the deed it brought about: "first elected president in
2012, lost to Farmaajo in the 2017 vote" tells two elections; "whose 2011 uprising toppled Ben
Ali" tells the uprising and the fall. The year may follow a possessive ("whose", "Egypt's")."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "event_type", "dates"),
    [
        (
            "Mohamud, who was first elected president of Somalia in 2012, lost to Farmaajo in the 2017 vote.",
            "2022-05-15",
            "election",
            ["2012", "2017"],
        ),
        (
            "Tunisia, whose 2011 uprising toppled Zine al-Abidine Ben Ali, held free elections last year.",
            "2015-06-27",
            "protest",
            ["2011"],
        ),
        (
            "Egypt's 2011 revolution forced Hosni Mubarak from power after 30 years.",
            "2016-01-25",
            "protest",
            ["2011"],
        ),
    ],
)
def test_the_year_s_deed_is_told(text: str, published: str, event_type: str, dates: list[str]) -> None:
    assert sorted(e["date"] for e in of_type(extract(text, published), event_type)) == dates


def test_one_vote_told_twice_stays_one() -> None:
    text = "Somalia held the vote on Sunday. Observers said the vote went smoothly."
    assert len(of_type(extract(text, "2022-05-16"), "election")) == 1
