"""Turkey's Claw operations against the PKK in northern Iraq are catalogued, each under its own
name in Arabic and English (عملية المخلب، Operation Claw; المخلب-النسر 2، Claw-Eagle 2;
المخلب-القفل، Claw-Lock): named in a later article, each is the attack of its own day in Turkey
and Iraq, and the first operation's name does not swallow a later one's, however its dash is
written."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("منذ بدء عملية المخلب، أقام الجيش التركي قواعد في شمال العراق.", "2019-05-27"),
        ("Since Operation Claw began, Turkish troops have set up bases in northern Iraq.", "2019-05-27"),
        ("Turkish commandos took part in Operation Claw-Tiger in northern Iraq.", "2020-06-17"),
        ("أطلقت تركيا عملية المخلب-النسر 2 في منطقة غارا شمال العراق.", "2021-02-10"),
        ("Turkey launched Operation Claw-Eagle 2 in the Gara region of northern Iraq.", "2021-02-10"),
        ("شارك الجيش التركي في عمليتي المخلب-البرق والمخلب-الصاعقة في شمال العراق.", "2021-04-23"),
        ("أطلقت تركيا عملية المخلب-القفل ضد مواقع حزب العمال الكردستاني في شمال العراق.", "2022-04-17"),
        ("وأطلقت تركيا عملية المخلب – القفل في شمال العراق.", "2022-04-17"),
        ("Turkey launched Operation Claw-Lock against PKK positions in northern Iraq.", "2022-04-17"),
    ],
)
def test_a_claw_operation_is_the_attack_of_its_day(text, date):
    (event,) = of_type(extract(text, "2023-06-01"), "attack")
    assert event["date"] == date
    assert {"TUR", "IRQ"} <= set(event["countries"])


@pytest.mark.parametrize(
    "text",
    [
        # written before the operations: a launch of that day, not the catalogued one
        "أطلقت تركيا عملية المخلب ضد حزب العمال الكردستاني في شمال العراق أمس.",
        "Turkey launched Operation Claw against the PKK in northern Iraq on Monday.",
    ],
)
def test_before_the_operation_its_name_names_another(text):
    (event,) = of_type(extract(text, "2018-05-01"), "attack")
    assert event["date"] == "2018-04-30"
