"""English 'a great deal of' and 'a good deal of' tell an amount, no deal, as «قدرا كبيرا من»
tells none; a deal named beside them, or called a great deal, is still one (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "Turkey has shown a great deal of resistance to the offensive, Jeffrey said.",
        "أظهرت تركيا قدرا كبيرا من المقاومة للهجوم، بحسب جيفري.",
        "Egypt has put a good deal of effort into Libya, the minister said on Monday.",
        "بذلت مصر قدرا كبيرا من الجهد في ليبيا، بحسب ما قاله الوزير الإثنين.",
    ],
)
def test_an_amount_is_no_agreement(text: str) -> None:
    found = of_type(extract(text, "2018-09-07"), "agreement")
    assert not found, found


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Iran and the six powers signed a deal in Vienna on Tuesday.", "2018-09-04"),
        ("وقعت إيران والقوى الست اتفاقا في فيينا يوم الثلاثاء.", "2018-09-04"),
        ("Trump said on Monday the arms deal signed with Saudi Arabia was a great deal for America.", "2018-09-03"),
    ],
)
def test_a_deal_beside_it_is_still_one(text: str, date: str) -> None:
    found = of_type(extract(text, "2018-09-07"), "agreement")
    assert date in [e["date"] for e in found], found
