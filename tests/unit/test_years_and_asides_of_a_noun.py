"""- A year after an article and an adjective of `year_adjectives` ("a landmark 1993 meeting",
  "the disputed 2017 election") dates the noun after it; after a word of quantity it is a count.
- A verb of stopping after an aside's closing comma ("The dialogue, launched with a landmark
  1993 meeting in Singapore, has been frozen") is the noun's before the aside, not the event
  word's inside it.
- A last time right before a verb of its own ("recalled its ambassador in June, and in July fired
  missiles") is no second time of the deed before it."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.temporal import find_dates


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The dialogue was launched with a landmark 1993 meeting in Singapore.", ["1993"]),
        ("Kenyatta won the disputed 2017 election.", ["2017"]),
        ("Turkey sent a further 2000 troops to Idlib.", []),
        ("The army deployed an additional 1500 soldiers.", []),
    ],
)
def test_a_year_after_an_article_and_an_adjective(text: str, values: list[str]) -> None:
    assert [d.value for d in find_dates(text, "1996-03-24")] == values


@pytest.mark.parametrize(
    ("text", "published", "kind", "dates"),
    [
        (
            "The semi-official dialogue between China and Taiwan, launched with a landmark 1993 meeting in "
            "Singapore, has been frozen since then.",
            "1996-03-24",
            "meeting",
            ["1993"],
        ),
        # the noun before the aside is the subject of the verb after it
        ("Talks between Israel and Syria have been frozen since January.", "2000-03-01", "meeting", []),
    ],
)
def test_a_stopped_verb_after_an_aside(text: str, published: str, kind: str, dates: list[str]) -> None:
    assert [e["date"] for e in of_type(extract(text, published), kind)] == dates


@pytest.mark.parametrize(
    ("text", "published", "kind", "dates"),
    [
        (
            "China recalled its ambassador from Washington in June, and in July fired missiles into waters north "
            "of Taiwan.",
            "1996-03-24",
            "sanctions",
            ["1995-06"],
        ),
        ("Protests broke out in Sudan in 2011 and again in 2018.", "2019-03-24", "protest", ["2011", "2018"]),
        ("Qatar recalled its ambassador from Chad in June, and in August fired on protesters.", "2017-12-01", "sanctions", ["2017-06"]),
        ("Houthi rebels seized Sanaa in September 2014 and in March 2015 advanced on Aden.", "2016-12-01", "attack", ["2014-09"]),
        # a participle after the last time opens no clause of its own
        ("Mass protests erupted in Sudan in 2013 and 2018, fuelled by soaring bread prices.", "2019-03-24", "protest", ["2013", "2018"]),
        ("Protests broke out in Sudan in 2013 and in 2018 led by professionals.", "2019-03-24", "protest", ["2013", "2018"]),
    ],
)
def test_a_second_time_before_a_verb_of_its_own(text: str, published: str, kind: str, dates: list[str]) -> None:
    assert [e["date"] for e in of_type(extract(text, published), kind)] == dates
