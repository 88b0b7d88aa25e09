"""A vote named by its scope (a national, nationwide, legislative or municipal vote) is an
election, even beside the name of the body it elects ("the first free national vote, for the
General National Congress, took place in July 2012"), as the Arabic اقتراع is."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Libya's first free national vote, for the General National Congress, took place in July 2012.", ["2012-07"]),
        ("Iraq's nationwide vote for the Council of Representatives was held in May 2018.", ["2018-05"]),
        ("جرى أول اقتراع وطني حر في ليبيا لاختيار المؤتمر الوطني العام في يوليو 2012.", ["2012-07"]),
    ],
)
def test_a_vote_named_by_its_scope_is_an_election(text: str, dates: list[str]) -> None:
    assert [e["date"] for e in of_type(extract(text, "2021-12-23"), "election")] == dates
