"""A verb joined by "and" (و) right after an aside of time set off by commas goes on with the
clause before the aside and shares its time ("invaded Afghanistan in October 2001, weeks after the
Sept. 11 attacks, and toppled the Taliban government"); a clause with a subject or a time of its
own after the aside keeps its own."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2020-02-29"


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        (
            "The United States invaded Afghanistan in October 2001, weeks after the Sept. 11 attacks, and toppled "
            "the Taliban government.",
            "appointment",
            "2001-10",
        ),
        (
            "Mladic was arrested in May 2011 in northern Serbia, after 16 years as a fugitive, and extradited to The Hague.",
            "arrest",
            "2011-05",
        ),
        (
            "اجتاحت الولايات المتحدة أفغانستان في أكتوبر 2001، بعد أسابيع من هجمات 11 سبتمبر، وأطاحت بحكومة طالبان.",
            "appointment",
            "2001-10",
        ),
    ],
)
def test_a_verb_joined_after_an_aside_shares_the_time_before_it(text, event_type, date):
    found = of_type(extract(text, PUB), event_type)
    assert date in [e["date"] for e in found], found
    assert PUB not in [e["date"] for e in found], found


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a subject of its own after "and": not the first clause's deed
        (
            "The United States invaded Afghanistan in October 2001, weeks after the Sept. 11 attacks, and Britain "
            "sent troops to Kabul.",
            "deployment",
        ),
        # a time of its own after the aside
        (
            "The United States invaded Afghanistan in October 2001, weeks after the Sept. 11 attacks, and toppled "
            "the Taliban government in December.",
            "appointment",
        ),
        (
            "اجتاحت الولايات المتحدة أفغانستان في أكتوبر 2001، بعد أسابيع من هجمات 11 سبتمبر، وأطاحت بحكومة طالبان "
            "في ديسمبر.",
            "appointment",
        ),
    ],
)
def test_a_clause_of_its_own_after_the_aside_keeps_its_time(text, event_type):
    dates = [e["date"] for e in of_type(extract(text, PUB), event_type)]
    assert len(dates) == 1 and dates[0] != "2001-10", dates
