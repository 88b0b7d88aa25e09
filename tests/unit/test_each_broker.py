"""Truces told once with two brokers, each with a time of its own ("Ceasefires brokered by Moscow on
October 10 and by Washington on October 26 collapsed within hours", «وانهارت هدنتان بوساطة موسكو في
10 أكتوبر وبوساطة واشنطن في 26 أكتوبر»): two truces, each of its broker and time. Two brokers of
one time are one truce."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2020-11-10"


@pytest.mark.parametrize(
    "text",
    [
        "Ceasefires brokered by Moscow on October 10 and by Washington on October 26 collapsed within hours.",
        "وانهارت هدنتان بوساطة موسكو في 10 أكتوبر وبوساطة واشنطن في 26 أكتوبر خلال ساعات.",
    ],
)
def test_each_broker_s_truce_on_its_own_time(text: str) -> None:
    found = of_type(extract(text, PUBLISHED), "ceasefire")
    told = sorted((e["date"], tuple(sorted(e["countries"]))) for e in found)
    assert told == [("2020-10-10", ("RUS",)), ("2020-10-26", ("USA",))], found
    assert all(e["location"] is None for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Ceasefires brokered by Moscow and Washington on October 10 collapsed within hours.",
        "وانهارت هدنة بوساطة موسكو وواشنطن في 10 أكتوبر خلال ساعات.",
    ],
)
def test_two_brokers_of_one_time_are_one_truce(text: str) -> None:
    found = of_type(extract(text, PUBLISHED), "ceasefire")
    assert [e["date"] for e in found] == ["2020-10-10"], found
