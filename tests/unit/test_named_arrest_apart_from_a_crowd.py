"""An arrest of a named person told on a day of its own stays an event beside an arrest of an
unnamed count told before it with no day (`events.assemble.crowd_apart`; real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

DAY = "2016-07-16"  # a Saturday


@pytest.mark.parametrize(
    "text",
    [
        "واعتقلت السلطات التركية 2839 جنديا بعد محاولة الانقلاب. "
        "واعتقل قائد سلاح الجو السابق الجنرال أكين أوزتورك يوم السبت، بحسب وكالة الأناضول.",
        "وقالت الحكومة التركية إنه تم اعتقال 2839 جنديا. "
        "وتم اعتقال قائد سلاح الجو السابق الجنرال أكين أوزتورك يوم السبت، بحسب وكالة الأناضول.",
        "Turkish authorities detained thousands after the coup attempt. The government said 2,839 soldiers had been "
        "detained. Former air force commander General Akin Ozturk was detained on Saturday, the state-run Anadolu agency said.",
        "The government said 2,839 Turkish soldiers had been detained. "
        "Former air force commander General Akin Ozturk was detained on Saturday, the state-run Anadolu agency said.",
    ],
)
def test_the_named_arrest_stays(text):
    arrests = [e for e in of_type(extract(text, DAY), "arrest") if "TUR" in e["countries"]]
    assert [(e["date"], e["date_basis"]) for e in arrests] == [(DAY, "relative")], arrests


@pytest.mark.parametrize(
    "text",
    [
        # the count told again, by a pronoun or a definite noun: still no named arrest
        "واعتقلت الشرطة التركية 2839 جنديا. وقد اعتقلوا يوم السبت في أنقرة.",
        "واعتقلت الشرطة التركية 2839 جنديا. وجرت الاعتقالات يوم السبت في أنقرة.",
        "Turkish police detained 2,839 soldiers. They were detained on Saturday in Ankara.",
        "Turkish police detained 2,839 soldiers. The arrests took place on Saturday in Ankara.",
    ],
)
def test_the_count_told_again_stays_out(text):
    assert of_type(extract(text, DAY), "arrest") == []
