"""A leader travelling or flying on to a place after another leg, or continuing a trip to it, visits
it, in English as in Arabic (travelled on to Kiev, flew on to Paris, ثم توجه إلى كييف); people
who went on to do something else, and refugees travelling on, pay no visit."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

PUBLISHED = "2014-03-21"  # a Friday


def _visits(text: str) -> list[tuple[str, list[str]]]:
    return sorted((e["date"], sorted(e["countries"])) for e in extract(text, PUBLISHED) if e["event_type"] == "visit")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("U.N. Secretary-General Ban Ki-moon held talks with Putin in Moscow on Thursday and travelled on to Kiev on Friday.", "UKR"),
        ("Erdogan flew on to Paris on Friday after talks in Berlin.", "FRA"),
        ("أجرى الأمين العام للأمم المتحدة بان كي مون محادثات مع بوتين في موسكو يوم الخميس، ثم توجه إلى كييف يوم الجمعة.", "UKR"),
    ],
)
def test_a_trip_on_to_a_place_is_a_visit(text, country):
    visits = [v for v in _visits(text) if country in v[1]]
    assert [d for d, _ in visits] == ["2014-03-21"]


@pytest.mark.parametrize(
    "text",
    [
        "The refugees travelled on to Germany on Friday.",
        "He went on to win the election in Kiev on Friday.",
        "وواصل اللاجئون طريقهم إلى ألمانيا يوم الجمعة.",
    ],
)
def test_no_visit(text):
    assert _visits(text) == []
