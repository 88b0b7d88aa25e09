"""Captives, civilians or fighters put to death by an armed group are an attack, told by the verb,
its verbal noun or their plural with the people up to six words on (أعدم تنظيم داعش أكثر من 50
من مقاتلي الفصيل، نفذ التنظيم إعدامات بحق 20 مدنيا; Islamic State executed more than 50 of its own
fighters, the executions of fighters by Islamic State militants); a state's judicial executions,
a court's order, and executions with no armed group named are not."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

AUG = "2018-08-05"


@pytest.mark.parametrize(
    "text",
    [
        "أعدم تنظيم داعش أكثر من 50 من مقاتلي الفصيل في ريف درعا يوم السبت.",
        "نفذ تنظيم داعش إعدامات بحق 20 مدنيا في ريف درعا يوم السبت.",
        "Islamic State executed more than 50 of its own fighters in Syria's Deraa province on Saturday.",
        "The executions of more than 50 fighters by Islamic State militants in Syria's Deraa province took place on Saturday.",
    ],
)
def test_executions_by_an_armed_group_are_an_attack(text: str) -> None:
    attacks = of_type(extract(text, AUG), "attack")
    assert [(a["date"], "SYR" in a["countries"]) for a in attacks] == [("2018-08-04", True)], text


@pytest.mark.parametrize(
    "text",
    [
        "أعدمت السلطات السعودية 37 شخصا يوم السبت.",
        "أعدمت السلطات العراقية يوم السبت 12 شخصا بعد أحكام قضائية بتهم الانتماء لتنظيم داعش.",
        "Saudi Arabia executed 37 people on Saturday.",
        "An Iraqi court on Saturday ordered the execution of 12 Islamic State militants.",
    ],
)
def test_judicial_executions_are_no_attack(text: str) -> None:
    assert not of_type(extract(text, AUG), "attack"), text
