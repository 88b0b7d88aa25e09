"""An event word after the part an accusation charges someone with ("اتهم واشنطن والرياض بالتورط
في الاعتداءات", "accused Washington and Riyadh of involvement in the attacks") is what they are
accused of: the attack told before, not a new one with the accused as its parties."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "قتل 13 شخصا في هجومين داميين استهدفا طهران الأربعاء. وكان الحرس الثوري الإيراني قد اتهم واشنطن والرياض "
        "بالتورط في الاعتداءات.",
        "قتل 13 شخصا في هجومين داميين استهدفا طهران الأربعاء. واتهمت إيران السعودية بالوقوف وراء الهجومين.",
        "Two attacks killed 13 people in Tehran on Wednesday. Iran's Revolutionary Guards accused Washington and "
        "Riyadh of involvement in the attacks.",
    ],
)
def test_the_deed_an_accusation_charges_is_no_new_event(text):
    found = of_type(extract(text, "2017-06-08"), "attack")
    assert [(e["date"], e["countries"]) for e in found] == [("2017-06-07", ["IRN"])], found
