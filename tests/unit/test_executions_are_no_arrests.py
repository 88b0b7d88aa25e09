"""An execution is a deed of none of the fifteen types: the conviction or the sentence of the
people executed (Iran hanged a man convicted of spying; أعدمت السلطات رجلا محكوما عليه
بالإعدام) and a death sentence carried out (carried out the death sentence; نفذت حكم الإعدام)
are no arrest of that day. A court's sentence told on its own, or in a clause of its own after
the execution, stays the trial it is."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2018-05-01"


@pytest.mark.parametrize(
    "text",
    [
        "Iran hanged a man convicted of spying for Israel on Sunday.",
        "Saudi Arabia executed 37 people convicted of terrorism on Tuesday.",
        "Iranian authorities carried out the death sentence against Ahmad Reza on Sunday.",
        "أعدمت السلطات الإيرانية أمس رجلا محكوما عليه بالإعدام بتهمة التجسس لصالح إسرائيل.",
        "أعدمت السلطات الإيرانية يوم الأحد الناشط أحمد رضا شنقا.",
        "نفذت السلطات الإيرانية حكم الإعدام بحق الناشط أحمد رضا يوم الأحد.",
        "أعلنت السلطات السعودية تنفيذ حكم الإعدام في 37 مدانا بقضايا إرهاب أمس.",
    ],
)
def test_an_execution_is_no_arrest(text):
    assert not of_type(extract(text, PUBLISHED), "arrest")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("An Iranian court sentenced activist Ahmad Reza to death on Sunday.", "2018-04-29"),
        ("قضت محكمة إيرانية بإعدام الناشط أحمد رضا يوم الأحد.", "2018-04-29"),
        ("Iran executed activist Ahmad Reza on Sunday, two years after a court sentenced him to death.", "2016"),
        # carrying out an attack is no execution of a sentence
        ("A Turkish court on Monday sentenced the gunman who carried out the attack to life in prison.", "2018-04-30"),
        ("قضت محكمة تركية أمس بالسجن المؤبد على المسلح الذي نفذ الهجوم.", "2018-04-30"),
    ],
)
def test_a_sentence_told_on_its_own_stays_a_trial(text, date):
    (event,) = of_type(extract(text, PUBLISHED), "arrest")
    assert event["date"] == date
