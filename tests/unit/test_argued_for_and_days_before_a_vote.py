"""A deed argued or advocated for ("has argued for an entirely new election", "advocated talks
with the rebels") is not told as done. "Days before that vote" counts back from the vote told
before, named by any word of voting ("The first round of voting on Oct. 31 ..."), not from a later
vote the article only looks ahead to."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2004-12-04"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "Outgoing President Leonid Kuchma, who flew to Moscow on Thursday for talks with Russian President Vladimir "
            "Putin, has argued for an entirely new election rather than a rerun of the runoff.",
            "election",
        ),
        ("The opposition leader advocated talks with the rebels in Geneva.", "meeting"),
        ("Erdogan advocated a ceasefire between the two sides.", "ceasefire"),
    ],
)
def test_a_deed_argued_for_is_no_event(text, event_type):
    assert of_type(extract(text, PUB), event_type) == []


def test_a_deed_argued_for_leaves_a_deed_done_beside_it():
    found = extract("The opposition, which held talks with the rebels in Geneva on Monday, has argued for a new election.", PUB)
    assert [e["date"] for e in of_type(found, "meeting")] == ["2004-11-29"]
    assert of_type(found, "election") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "KIEV, Dec 4 (Reuters) - The opposition began preparing on Saturday for a repeat runoff after last month's "
            "disputed vote. Protest leaders said the tents would stay until the vote. The first round of voting on "
            "Oct. 31 left the two men almost neck and neck. Putin, who visited Kiev days before that vote, "
            "congratulated Yanukovich twice before official results were published.",
            "2004-10",
        ),
        (
            "KIEV, Dec 4 (Reuters) - The opposition began preparing on Saturday for a repeat runoff. The first round "
            "of the election on Oct. 31 left the two men almost neck and neck. Putin visited Kiev days before the "
            "election.",
            "2004-10",
        ),
    ],
)
def test_days_before_the_vote_count_back_from_the_vote_told_before(text, date):
    assert [e["date"] for e in of_type(extract(text, PUB), "visit")] == [date]


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        # "advocate", "advocates": the people who speak for a cause, no cue of a deed not done
        ("A prominent human rights advocate was arrested in Cairo on Monday.", "arrest", "2004-11-29"),
        ("Press freedom advocates rallied in Tunis on Monday.", "protest", "2004-11-29"),
    ],
)
def test_advocates_are_people_not_a_cue(text, event_type, date):
    assert [e["date"] for e in of_type(extract(text, PUB), event_type)] == [date]


def test_opinion_polls_are_no_vote_to_count_back_from():
    text = (
        "Iraq held parliamentary elections on May 12. Opinion polls published on April 20 had shown Abadi ahead. "
        "Sadr visited Riyadh days before the election."
    )
    assert [e["date"] for e in of_type(extract(text, "2018-07-01"), "visit")] == ["2018-05"]

