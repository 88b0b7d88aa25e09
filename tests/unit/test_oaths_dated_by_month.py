"""An oath of office dated to a month or a year only («أدى اليمين ... في أيلول/سبتمبر 2005») is
part of the vote or the appointment of the same person in that stretch or the weeks before
it, and an event of its own otherwise: the ouster of that person years later is no vote it
follows (events/assemble/one_telling.py)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "وكان مبارك آخر رئيس أدى اليمين أمام المجلس في أيلول/سبتمبر 2005 عن ولاية رئاسية خامسة. "
            "وشهد الميدان احتجاجات أطاحت بالرئيس الأسبق حسني مبارك.",
            "2018-06-02",
        ),
        (
            "Mubarak was the last president to be sworn in before parliament, in September 2005, for a fifth term. "
            "The square saw protests that toppled President Hosni Mubarak.",
            "2018-06-02",
        ),
    ],
)
def test_an_oath_of_a_month_stays_beside_a_later_ouster(text, published):
    dates = sorted(e["date"] for e in extract(text, published) if e["event_type"] == "appointment")
    assert dates == ["2005-09", "2011-02-11"], dates


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "فاز حسني مبارك في الانتخابات الرئاسية في 7 أيلول/سبتمبر 2005. "
            "وأدى الرئيس حسني مبارك اليمين أمام المجلس في أيلول/سبتمبر 2005.",
            "2018-06-02",
        ),
        (
            "Hosni Mubarak won the presidential election on September 7, 2005. "
            "President Hosni Mubarak was sworn in before parliament in September 2005.",
            "2018-06-02",
        ),
    ],
)
def test_an_oath_of_the_month_of_the_vote_is_part_of_it(text, published):
    found = extract(text, published)
    assert [e["date"] for e in found if e["event_type"] == "election"] == ["2005-09-07"], found
    assert not [e for e in found if e["event_type"] == "appointment"], found
