"""Sanctions told by their tightening (tightened restrictions on its oil exports, العقوبات التي
شددت على قطاعي النفط والمصارف) are measures taken then against the state they weigh on, with the
year the sentence gives; tax revenues a state collects for another and freezes or withholds (froze
the transfer of $127 million a month in tax revenues) are a measure against that other state.
Neither holds when what is tightened weighs on protesters or the press, or when the revenues
frozen are a company's."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2015-08-01"


@pytest.mark.parametrize(
    ("text", "date", "countries"),
    [
        (
            "The Iranian economy was badly hurt after Washington and the European Union tightened "
            "restrictions on its oil exports and banks in 2012.",
            "2012",
            {"USA", "IRN"},
        ),
        ("Washington tightened curbs on Venezuela's oil exports in March.", "2015-03", {"USA", "VEN"}),
        (
            "وتقضي الاتفاقية برفع العقوبات الأمريكية والأوروبية التي شُددت على قطاعي النفط والمصارف "
            "الإيرانيين عام 2012.",
            "2012",
            {"USA", "IRN"},
        ),
        ("وتطالب موسكو برفع القيود الأمريكية التي شددت على مصارفها الروسية عام 2014.", "2014", {"RUS"}),
        (
            "Israel responded to the move. In January Israel froze the transfer of around $127 million a month "
            "in tax revenues it collects on behalf of the Palestinian Authority.",
            "2015-01",
            {"ISR", "PSE"},
        ),
        ("Israel withheld tax revenues it collects for the Palestinian Authority in March.", "2015-03", {"ISR", "PSE"}),
    ],
)
def test_tightened_sanctions_and_withheld_revenues_are_measures(text, date, countries):
    found = of_type(extract(text, PUBLISHED), "sanctions")
    assert [e["date"] for e in found] == [date]
    assert countries <= set(found[0]["countries"])


@pytest.mark.parametrize(
    "text",
    [
        "Police tightened restrictions on protesters in Cairo.",
        "The Egyptian government froze the tax revenues of the company in March.",
    ],
)
def test_no_measure_between_states(text):
    assert of_type(extract(text, PUBLISHED), "sanctions") == []
