"""A sum of money given or provided to a side is aid (CAMEO 071), in English
(provided Sudan with $300 million) as in Arabic (قدمت الإمارات للسودان 300
مليون دولار); fuel or food supplied to a place is aid too. A sum paid under a
contract or as compensation is none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2021-05-11"  # a Tuesday: "on Monday" is 2021-05-10


@pytest.mark.parametrize(
    "text",
    [
        "Kuwait provided Jordan with 500 million dollars on Monday.",
        "قدمت الكويت للأردن 500 مليون دولار يوم الاثنين.",
        "منحت الكويت الأردن 500 مليون دولار يوم الاثنين.",
        "Egypt supplied fuel to Gaza on Monday.",
    ],
)
def test_a_sum_or_a_supply_given_is_aid(text):
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), "aid")] == ["2021-05-10"]


@pytest.mark.parametrize(
    ("told", "everyday"),
    [
        (
            "Kuwait provided Jordan with 500 million dollars on Monday.",
            "The Kuwaiti ministry provided the company with 500 million dollars under a contract on Monday.",
        ),
        (
            "قدمت الكويت للأردن 500 مليون دولار يوم الاثنين.",
            "قدمت الحكومة الكويتية 500 مليون دولار تعويضات للمتضررين يوم الاثنين.",
        ),
    ],
)
def test_a_sum_paid_under_a_contract_or_as_compensation_is_none(told, everyday):
    assert of_type(extract(told, PUBLISHED), "aid")
    assert of_type(extract(everyday, PUBLISHED), "aid") == []
