"""Talks with no time of their own, followed by a relative clause of their opening ("talks
brokered by the U.N. that opened on Monday", "consultations among Yemeni factions that opened
in Riyadh on Wednesday"), are dated by that opening, past a short modifier with no comma (of
their sides, their place or their brokering), as by a relative of their beginning ("which began
on Oct. 25"), and as Arabic talks told with their day ("المشاورات التي افتتحت في الرياض
الأربعاء") already are."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2022-04-01"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The Houthis stayed away from consultations among Yemeni factions that opened in Riyadh on Wednesday.", "2022-03-30"),
        ("The ceasefire was signed in Geneva at the end of talks brokered by the U.N. that opened on Monday.", "2022-03-28"),
    ],
)
def test_talks_are_dated_by_their_opening(text, date):
    assert [e["date"] for e in of_type(extract(text, PUB), "meeting")] == [date]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("وغاب الحوثيون عن المشاورات التي افتتحت في الرياض الأربعاء برعاية مجلس التعاون.", "2022-03-30"),
        ("وغاب الحوثيون عن المحادثات التي انعقدت في الرياض الأربعاء برعاية مجلس التعاون.", "2022-03-30"),
    ],
)
def test_as_arabic_talks_told_with_their_day(text, date):
    assert [e["date"] for e in of_type(extract(text, PUB), "meeting")] == [date]
