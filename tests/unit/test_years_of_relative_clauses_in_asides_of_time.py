"""A year in a relative clause on the noun of a phrase of time set off by commas (", after talks
that began there in 2012,") is that clause's deed's; a day told later in the sentence without a
year falls in the publication's year, not in it."""

from __future__ import annotations

import pytest

from events.temporal import find_dates


@pytest.mark.parametrize(
    ("text", "published", "day", "value"),
    [
        (
            "The accord was reached in Havana in August, after talks that began there in 2012, and Santos signed it on Sept. 26 in Cartagena.",
            "2016-10-03",
            "Sept. 26",
            "2016-09-26",
        ),
        (
            "The deal was agreed in July, following negotiations which started in 2013, and was signed on Aug. 3.",
            "2015-09-01",
            "Aug. 3",
            "2015-08-03",
        ),
        # a year the sentence itself is set in still gives its year to the day
        ("In 2012, after talks with the rebels, Santos signed a deal on Sept. 26.", "2016-10-03", "Sept. 26", "2012-09-26"),
    ],
)
def test_the_day_takes_its_year(text: str, published: str, day: str, value: str) -> None:
    found = {d.text: d.value for d in find_dates(text, published, "en")}
    assert found.get(day) == value, found
