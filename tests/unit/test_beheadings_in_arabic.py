"""Beheading and slaughtering people is an attack in Arabic as in English: 'رفات 20 مسيحيا قبطيا
مصريا نحرهم تنظيم الدولة الإسلامية في 2015 قرب سرت' is the attack of 2015 in Libya, as 'the remains
of 20 Egyptian Coptic Christians beheaded by the Islamic State group in 2015 near Sirte' is, and so is
'ذبح تنظيم الدولة الإسلامية 21 قبطيا'; a video of a beheading, the slaughter of animals and a cow
slaughtered in a figure of speech are none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

MAY = "2018-05-15"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "أعلن مسؤول الاثنين وصول رفات 20 مسيحيا قبطيا مصريا نحرهم تنظيم الدولة الإسلامية في 2015 قرب سرت في ليبيا.",
            "2015",
        ),
        (
            "An official announced on Monday the arrival of the remains of 20 Egyptian Coptic Christians beheaded by "
            "the Islamic State group in 2015 near Sirte in Libya.",
            "2015",
        ),
        ("ذبح تنظيم الدولة الإسلامية 21 قبطيا قرب سرت في ليبيا في فبراير 2015.", "2015-02"),
        ("The Islamic State group beheaded 21 Copts near Sirte in Libya in February 2015.", "2015-02"),
    ],
)
def test_a_beheading_is_an_attack(text: str, date: str) -> None:
    attacks = of_type(extract(text, MAY), "attack")
    assert [a["date"] for a in attacks] == [date], attacks


@pytest.mark.parametrize(
    "text",
    [
        "بث تنظيم الدولة الإسلامية شريطا مصورا يظهر قطع رؤوس 21 قبطيا في ليبيا في فبراير 2015.",
        "ذبح المصريون الأضاحي في عيد الأضحى يوم الاثنين.",
        "ووصف المرشد الأعلى السعودية بأنها مثل البقرة الحلوب يستدرون لبنها ثم يذبحونها عندما ينضب.",
        "يتهمه معارضوه بانحراف استبدادي منذ 2016.",
    ],
)
def test_a_video_animals_and_figures_of_speech_are_no_attack(text: str) -> None:
    assert not of_type(extract(text, MAY), "attack")
