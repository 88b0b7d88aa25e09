"""A deed told "a day after" a day named in its sentence, with a number written with grouped
digits among its words ("a day after more than 1,000 Saudi soldiers crossed"): the comma of the
number ends no clause, so the deed is still counted back from that day."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "kind", "date"),
    [
        (
            "MANAMA (Reuters) - Bahrain's King Hamad declared a three-month state of emergency on Tuesday, "
            "a day after more than 1,000 Saudi soldiers crossed the causeway into the island kingdom.",
            "2011-03-15",
            "deployment",
            "2011-03-14",
        ),
        (
            "Officials declared a curfew on Thursday, two days after 2,500 protesters stormed the parliament in Baghdad.",
            "2016-05-05",
            "protest",
            "2016-05-03",
        ),
        (
            "وفرضت السلطات حظر التجول يوم الخميس، بعد يومين من اقتحام 2,500 متظاهر مبنى البرلمان في بغداد.",
            "2016-05-05",
            "protest",
            "2016-05-03",
        ),
    ],
)
def test_counted_back_past_a_grouped_number(text, published, kind, date):
    events = of_type(extract(text, published), kind)
    assert [e["date"] for e in events] == [date]


@pytest.mark.parametrize(
    ("text", "published", "kind", "date"),
    [
        # a list's comma still ends the reach of the count
        (
            "The king declared a state of emergency on Tuesday, a day after 1,000 Saudi soldiers, 500 police "
            "and dozens of vehicles crossed the causeway into Bahrain.",
            "2011-03-15",
            "deployment",
            "2011-03-15",
        ),
    ],
)
def test_guards(text, published, kind, date):
    events = of_type(extract(text, published), kind)
    assert [e["date"] for e in events] == [date]
