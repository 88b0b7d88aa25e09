"""A date followed by a clause of "when" whose verb of saying tells a deed done ("since Wednesday,
when they announced that they had removed him from power"): the deed is dated by that date."""

from __future__ import annotations

import pytest

from events.assemble.when_dates import load_when_dates
from events.model import Article
from events.pipeline import extract_article
from events.resources import load_resources


def events_of(text: str, published: str) -> list[dict]:
    article = Article(id="t", text=text, published=published)
    return [e.to_dict() for e in extract_article(article, load_resources())]


@pytest.mark.parametrize(
    ("text", "published", "event_type", "day"),
    [
        (
            "Thousands rallied in Niamey, Niger, on Sunday. Mr Bazoum has been held by the guard since "
            "Wednesday, when they announced on national television that they had removed him from power.",
            "2023-08-01", "appointment", "2023-07-26",
        ),
        (
            "Israel and the UAE signed a deal at the White House. Bahrain followed on Friday when Mr Trump "
            "announced that the kingdom had reached a deal with Israel.",
            "2020-09-16", "agreement", "2020-09-11",
        ),
    ],
)
def test_a_deed_told_by_a_saying_in_a_when_clause_takes_its_date(text, published, event_type, day):
    found = [e for e in events_of(text, published) if e["event_type"] == event_type and "when" in e["quote"]]
    assert found, text
    assert found[0]["date"] == day, found


@pytest.mark.parametrize(
    ("between", "matches"),
    [
        (", when they announced on national television that they had ", True),
        (" when Mr Trump announced that the kingdom had ", True),
        ("، عندما أعلن الجيش في بيان أنه ", True),
        # a that-clause too far from its verb of saying: not read as its deed
        (", when they announced on national television in a long and rambling speech that they had ", False),
        # no verb of saying: a plain clause of more than four words stays unread
        (", when the members of the guard on national television had ", False),
    ],
)
def test_the_clause_of_when_may_hold_a_saying(between, matches):
    assert (load_when_dates().fullmatch(between) is not None) is matches
