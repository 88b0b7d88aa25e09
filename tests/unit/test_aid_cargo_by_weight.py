"""Relief told by a craft and the weight of what it carries: "a plane carrying 30 tonnes of
medical supplies", "طائرة محملة بثلاثين طنا من الأدوية" is aid, as "a plane carrying food" is;
a cargo bought, imported or seized is not."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("A Kuwaiti plane carrying 25 tonnes of medical supplies landed in Beirut on Monday.", {"KWT", "LBN"}),
        ("An Omani cargo plane carrying 12 tons of tents landed in Khartoum on Monday.", {"OMN", "SDN"}),
        ("وصلت إلى بيروت الاثنين طائرة كويتية محملة بخمسة وعشرين طنا من الأدوية.", {"KWT", "LBN"}),
    ],
)
def test_a_craft_carrying_a_weight_of_relief_is_aid(text: str, countries: set[str]) -> None:
    found = of_type(extract(text, "2022-06-10"), "aid")
    assert found and set(found[0]["countries"]) == countries


@pytest.mark.parametrize(
    "text",
    [
        "A ship carrying 60,000 tonnes of wheat bought by Egypt docked in Alexandria on Monday.",
        "Police seized a truck carrying 3 tons of medicines smuggled into Libya on Monday.",
        "ضبطت الشرطة الليبية الاثنين شاحنة تحمل 3 أطنان من الأدوية المهربة.",
    ],
)
def test_a_cargo_bought_or_seized_is_no_aid(text: str) -> None:
    assert not of_type(extract(text, "2022-06-10"), "aid")
