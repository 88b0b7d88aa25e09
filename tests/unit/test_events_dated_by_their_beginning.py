"""An event word named with its year and followed by a relative clause of its beginning ("the
2011 protests, which began when a vendor set himself on fire in December 2010", "احتجاجات 2011،
التي اندلعت في ديسمبر 2010") is dated by the time that clause gives, when it falls in or before
that year; a clause of beginning with no time of its own leaves the year (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Tunisia is the only democracy to emerge from the 2011 protests, which began when a vendor set himself on fire in December 2010 and ended years of rule.", "2010-12"),
        ("Bahrain has been calm since the 2011 protests, which had broken out on February 14 that year.", "2011-02-14"),
        ("وتعد تونس الديمقراطية الوحيدة التي خرجت من احتجاجات 2011، التي اندلعت في ديسمبر 2010 بعد إحراق بائع نفسه.", "2010-12"),
    ],
)
def test_an_event_known_by_its_year_is_dated_when_it_began(text, date) -> None:
    assert [e["date"] for e in of_type(extract(text, "2018-06-04"), "protest")] == [date]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The 2011 protests, which began in Cairo, toppled Mubarak within weeks.", "2011"),
        ("واستمرت احتجاجات 2011، التي اندلعت في القاهرة، أسابيع.", "2011"),
    ],
)
def test_a_beginning_with_no_time_leaves_the_year(text, date) -> None:
    assert [e["date"] for e in of_type(extract(text, "2018-06-04"), "protest")] == [date]
