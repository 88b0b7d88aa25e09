"""A word of targeting whose object is trade, a sector or an economy ("The first set, targeting
Iran's purchases of US dollars", "تستهدف الصادرات النفطية") tells what a measure is aimed at,
no attack; targeting positions or places stays one."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "The first set, targeting Iran's purchases of US dollars, its trade in gold and its car industry, was reimposed in August.",
        "The new measures target Iran's shipping and banking sectors.",
        "وقالت الوزارة إن الإجراءات تستهدف الصادرات النفطية الإيرانية.",
        "ودخلت الحزمة الأولى، التي استهدفت تعاملات إيران بالدولار وتجارة الذهب، حيز التنفيذ في السابع من أغسطس.",
        "وفرضت واشنطن عقوبات استهدفت أصول الحرس الثوري الإيراني أمس.",
    ],
)
def test_targeting_trade_is_no_attack(text: str) -> None:
    assert of_type(extract(text, "2018-11-06"), "attack") == []


@pytest.mark.parametrize(
    "text",
    [
        "Israeli jets targeted Hamas positions in Gaza on Monday.",
        "استهدفت طائرات إسرائيلية مواقع في قطاع غزة أمس.",
        "استهدفت طائرات أمريكية مقرات البنوك في الموصل أمس.",
        # a building named after trade stays a target
        "استهدف مسلحون مجهولون مبنى وزارة التجارة في طرابلس أمس.",
        "استهدف الحوثيون مقر غرفة التجارة في مأرب أمس.",
    ],
)
def test_targeting_positions_stays_an_attack(text: str) -> None:
    assert [e["date"] for e in of_type(extract(text, "2018-11-06"), "attack")] == ["2018-11-05"]
