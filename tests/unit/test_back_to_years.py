"""A bare year after "back to" ("the rift dates back to 2014, when ...") is a date; one that a
noun follows ("fell back to 2014 levels") names a state of that year, not a time."""

from __future__ import annotations

import pytest

from events.model import Article
from events.pipeline import extract_article
from events.resources import load_resources
from events.temporal import find_dates


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("The feud goes back to 1994, when the border was closed.", ["1994"]),
        ("The rift dates back to 2014 when the envoys were recalled.", ["2014"]),
        ("Exports fell back to 2014 levels.", []),
        ("The troops moved back to 2014 positions.", []),
        ("تعود جذور الخلاف إلى عام 1994 عندما أغلقت الحدود.", ["1994"]),
    ],
)
def test_a_year_after_back_to(text, years):
    found = [d.value for d in find_dates(text, published="2017-06-05")]
    assert found == years


@pytest.mark.parametrize(
    "text",
    [
        "The crisis dates back to 2014, when Saudi Arabia, Bahrain and the UAE recalled their ambassadors from Qatar.",
        "وتعود جذور الأزمة إلى العام 2014 عندما سحبت السعودية والبحرين والإمارات سفراءها من قطر.",
    ],
)
def test_a_deed_of_the_when_clause_after_back_to_takes_the_year(text):
    article = Article(id="t", text=text, published="2017-06-05")
    assert [(e.event_type, e.date) for e in extract_article(article, load_resources())] == [("sanctions", "2014")]
