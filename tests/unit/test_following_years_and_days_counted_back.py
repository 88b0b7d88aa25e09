"""Two counts from a time told before:
- "the following year", «في العام التالي» date a deed to the year after the one told just before
  ("came to power in a 2008 coup, before being elected the following year": 2009);
- "hours after the raid", when the day nearest the raid's telling is another deed's counted from it
  ("attacked checkpoints on Wednesday, a day after security forces raided the camp"), takes the
  raid's own day, that day moved back."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.temporal import find_dates


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("وصل إلى الحكم إثر انقلاب عسكري في 2008، قبل أن يُنتخب في العام التالي رئيسا للبلاد.", "2019-06-24", "2009"),
        ("Turkey signed the deal in 2016 and ratified it the following year.", "2019-06-24", "2017"),
    ],
)
def test_the_following_year(text: str, published: str, value: str) -> None:
    assert value in [(d.value) for d in find_dates(text, published) if d.precision == "year"]


def test_an_election_the_following_year() -> None:
    text = "وكان ولد عبد العزيز قد وصل إلى الحكم إثر انقلاب عسكري في موريتانيا عام 2008، قبل أن يُنتخب في العام التالي رئيسا للبلاد."
    assert [e["date"] for e in of_type(extract(text, "2019-06-24"), "election")] == ["2009"]


def test_hours_after_a_deed_counted_back_from_another_day() -> None:
    text = (
        "Gunmen attacked army checkpoints across northern Iraq on Wednesday, a day after security forces raided "
        "a Sunni protest camp in Hawija, killing 27 people. In the hours after the raid, Iraq's education minister "
        "resigned from the government in protest."
    )
    assert [e["date"] for e in of_type(extract(text, "2013-04-24"), "appointment")] == ["2013-04-23"]
