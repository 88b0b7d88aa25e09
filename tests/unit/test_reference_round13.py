"""Reference catalog, round 13.

Keywords alone name a catalogued event of a kind held again and again (an election, a
second term) only within a few years of it, unless the sentence places the deed in the
past (a year, "آنذاك", "at the time", "former"); a treaty made once stays named by its
keywords however old.
"""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "event_type", "ref_id", "date"),
    [
        # within the years of the entry: the keywords name it
        ("وفاز الرئيس الأمريكي بولاية ثانية.", "2013-06-01", "election", "us_election_2012", "2012-11-06"),
        ("The US president won a second term.", "2013-06-01", "election", "us_election_2012", "2012-11-06"),
        # years later, a past-time word places the deed back then
        ("وفاز الرئيس الأمريكي آنذاك بولاية ثانية.", "2017-06-01", "election", "us_election_2012", "2012-11-06"),
        ("The US president at the time won a second term.", "2017-06-01", "election", "us_election_2012", "2012-11-06"),
        # a treaty made once: its keywords name it however old
        (
            "وقال مسؤول أردني إن معاهدة السلام مع إسرائيل صامدة.",
            "2019-05-10",
            "agreement",
            "wadi_araba_treaty_1994",
            "1994-10-26",
        ),
    ],
)
def test_keywords_name_an_old_entry_when_near_or_anchored_in_the_past(text, published, event_type, ref_id, date):
    found = of_type(extract(text, published), event_type)
    assert found, extract(text, published)
    assert found[0]["reference_id"] == ref_id
    assert found[0]["date"] == date
    assert found[0]["date_basis"] == "reference"


@pytest.mark.parametrize(
    ("text", "published", "event_type"),
    [
        # years after the 2012 vote, "a second term" with no time anchor is not that vote
        ("وفاز الرئيس الأمريكي بولاية ثانية.", "2017-06-01", "election"),
        ("وقال المحلل إن الرئيس الأمريكي فاز بولاية ثانية رغم الأزمة.", "2018-02-01", "election"),
        ("The US president won a second term.", "2017-06-01", "election"),
        ("Analysts said the American president had been re-elected despite the crisis.", "2018-02-01", "election"),
    ],
)
def test_keywords_alone_do_not_name_an_old_recurring_event(text, published, event_type):
    found = of_type(extract(text, published), event_type)
    assert all(e.get("reference_id") != "us_election_2012" for e in found), found
