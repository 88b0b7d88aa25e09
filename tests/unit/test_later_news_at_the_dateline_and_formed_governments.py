"""Two readings of one step:

- A deed of the news's days told after the first sentence with no place of its own ("TRIPOLI,
  March 25 — ... Shell signed a deal on the same day") is placed in the dateline's city, when its
  country takes part; an older deed told in passing is not.
- «الاعتصام الذي شكّل اختبارا صعبا لحكومة عصام شرف»: a sit-in that was a test for a government
  formed none; «شكّل عصام شرف حكومة جديدة» still did."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

LEAD = "TRIPOLI, March 25 — Tony Blair met Muammar Gaddafi in a tent outside Tripoli on Thursday, the first visit to Libya by a British prime minister in decades.\n"


@pytest.mark.parametrize(
    "later",
    [
        "British officials described the meeting as a new start. Anglo-Dutch oil group Shell signed a deal with Libya on the same day to explore for gas.",
        "British officials said Britain and Libya signed a deal on Wednesday to fight al Qaeda together.",
    ],
)
def test_a_later_deed_of_the_news_is_at_the_dateline(later):
    deals = of_type(extract(LEAD + later, "2004-03-25"), "agreement")
    assert [(e["location"] or {}).get("country") for e in deals] == ["LBY"]


def test_an_old_deed_told_later_is_not_at_the_dateline():
    later = "Britain and Libya signed a deal in 1999 to restore their ties."
    deals = of_type(extract(LEAD + later, "2004-03-25"), "agreement")
    assert [(e["date"], (e["location"] or {}).get("country")) for e in deals] == [("1999", None)]


@pytest.mark.parametrize(
    "text",
    [
        "وهو الاعتصام الذي شكّل اختبارا صعبا لحكومة عصام شرف المصرية.",
        "وشكّل الاعتصام صدمة للحكومة المصرية الجديدة.",
    ],
)
def test_a_test_for_a_government_formed_none(text):
    assert of_type(extract(text, "2011-08-03"), "appointment") == []


def test_a_government_formed_still_is():
    assert len(of_type(extract("وشكّل عصام شرف أمس حكومة جديدة في مصر.", "2011-08-03"), "appointment")) == 1


@pytest.mark.parametrize(
    "later",
    [
        "Blair spoke to Gaddafi by telephone on Wednesday to prepare the trip.",
        "Libyan leader Muammar Gaddafi held a phone call with Blair on Wednesday.",
    ],
)
def test_a_call_of_the_news_is_placed_nowhere(later):
    calls = of_type(extract(LEAD + later, "2004-03-25"), "meeting")
    assert [e["location"] for e in calls if e["date"] == "2004-03-24"] == [None]
