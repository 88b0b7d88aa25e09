"""An event recalled by a count of time after it ("more than a year after the 2011 uprising",
«بعد أكثر من عام على ثورة 2011») keeps the year written in its own name: that year is the
recalled event's, not another deed's date told before its word (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "Mursi won the presidential election in June 2012, more than a year after the 2011 uprising against Hosni Mubarak.",
            "2013-07-04",
        ),
        (
            "Morsi narrowly won a run-off election in June 2012, more than a year after the 2011 uprising that ended Hosni Mubarak's rule.",
            "2013-07-04",
        ),
    ],
)
def test_an_event_recalled_after_a_count_keeps_the_year_of_its_name(text, published) -> None:
    assert [e["date"] for e in of_type(extract(text, published), "protest")] == ["2011"]


@pytest.mark.parametrize(
    ("text", "kind", "dates"),
    [
        # the Arabic year follows its noun, never before it as the deed's date told first does
        ("فاز مرسي بالانتخابات الرئاسية في مصر في يونيو 2012، بعد أكثر من عام على احتجاجات 2011 ضد مبارك.", "protest", ["2011"]),
        # a day told before a presupposed event's word is the sentence's own deed's, not that event's
        ("Turkish and Russian troops began joint patrols on Tuesday as part of the agreement.", "agreement", []),
    ],
)
def test_a_date_outside_the_name_is_not_the_recalled_events(text, kind, dates) -> None:
    assert [e["date"] for e in of_type(extract(text, "2013-07-04"), kind)] == dates
