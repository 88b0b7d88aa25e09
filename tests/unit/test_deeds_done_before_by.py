"""Arabic "سبق لـ X أن فعل" (X had done before): the event word with ل names the doers of
the deed the clause of أن tells, so a time in that clause dates the event; told beside a deed
of today of the same type, it is another deed, in its own year, not that one told again."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "kind", "dates"),
    [
        (
            "وسبق لمتظاهرين من أنصار الحزب أن اقتحموا مبنى المحافظة في البصرة عام 2016.",
            "protest",
            ["2016"],
        ),
        (  # beside a protest of today: two protests, each on its own date
            "تظاهر المئات الجمعة في البصرة احتجاجا على انقطاع الكهرباء.\n"
            "وسبق لمتظاهرين من أنصار الحزب أن اقتحموا مبنى المحافظة في البصرة عام 2016.",
            "protest",
            ["2016", "2018-07-20"],
        ),
    ],
)
def test_the_clause_of_an_earlier_deed_dates_its_doers_word(text, kind, dates):
    found = of_type(extract(text, "2018-07-21"), kind)
    assert sorted(e["date"] for e in found) == dates


@pytest.mark.parametrize(
    ("text", "kind", "dates"),
    [
        (  # English tells the earlier deed by its own verb and time
            "Hundreds protested in Basra on Friday over power cuts. Demonstrators had staged a sit-in outside the provincial building in Basra in 2016.",
            "protest",
            ["2016", "2018-07-20"],
        ),
        (  # the verb after سبق أن is the event word itself
            "وسبق أن اقتحم متظاهرون مبنى المحافظة في البصرة عام 2016.",
            "protest",
            ["2016"],
        ),
    ],
)
def test_an_earlier_deed_told_by_its_verb_keeps_its_time(text, kind, dates):
    found = of_type(extract(text, "2018-07-21"), kind)
    assert sorted(e["date"] for e in found) == dates
