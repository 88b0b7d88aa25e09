"""Aid told with its amount in the words of the language:

- an Arabic sum in the construct dual (ملياري دولار، مليوني دولار) is a sum as its singular and
  plural are: deposited in a central bank or allocated or earmarked for relief, it is aid;
- a weight of relief counted with a number of several words between the craft's participle and
  its unit (سفينة محملة بأكثر من ثلاثة آلاف طن من المساعدات الغذائية; a ship carrying more than
  three thousand tonnes of food aid) is a load of relief, as a short count is (the English
  pattern shares the reach).
"""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2022-04-08"


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("وسبق أن أودعت السعودية ملياري دولار في البنك المركزي اليمني عام 2018.", ["SAU", "YEM"]),
        ("أودعت قطر مليوني دولار في البنك المركزي الصومالي الشهر الماضي.", ["QAT", "SOM"]),
        ("ورصدت الكويت ملياري دولار لإعادة إعمار العراق العام الماضي.", ["IRQ", "KWT"]),
        (
            "وافتتحت تركيا سفارتها في مقديشو، كما أرسلت في مارس الماضي سفينة محملة بأكثر من ثلاثة آلاف طن من "
            "المساعدات الغذائية لمواجهة الجفاف.",
            ["SOM", "TUR"],
        ),
    ],
)
def test_amounts_told_in_words_or_in_the_dual_are_aid(text: str, countries: list[str]) -> None:
    found = of_type(extract(text, PUB), "aid")
    assert found and sorted(found[0]["countries"]) == countries, text


@pytest.mark.parametrize(
    "text",
    [
        "وأودع المستثمر ملياري دولار في حسابه المصرفي.",
        "وصلت سفينة محملة بأكثر من ثلاثة آلاف طن من القمح المستورد الذي اشترته الحكومة.",
    ],
)
def test_a_private_deposit_or_a_cargo_bought_is_no_aid(text: str) -> None:
    assert of_type(extract(text, PUB), "aid") == [], text
