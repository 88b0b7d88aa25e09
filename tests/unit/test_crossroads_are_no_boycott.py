"""تقاطع is also the noun of a crossroads («عند تقاطع مزدحم», «تقاطع طرق») and of interests that
meet («تقاطع المصالح»): no boycott, as "at a busy intersection" is none in English; the verb of
boycotting stays one (data/triggers.json, the sanctions row of مقاطعة: its `excludes`)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2022-10-30"


@pytest.mark.parametrize(
    "text",
    [
        "مقديشو - قتل 100 شخص في انفجار سيارتين مفخختين عند تقاطع مزدحم في العاصمة الصومالية يوم السبت.",
        "بغداد - انفجرت عبوة ناسفة قرب تقاطع طرق في حي الكرادة يوم السبت.",
        "أنقرة - قال الوزير إن تقاطع المصالح بين البلدين يفتح الباب أمام التعاون.",
        "MOGADISHU (Reuters) - Two car bombs exploded at a busy intersection in the Somali capital on Saturday.",
    ],
)
def test_a_crossroads_is_no_boycott(text):
    assert not of_type(extract(text, PUBLISHED), "sanctions")


@pytest.mark.parametrize(
    "text",
    [
        "الدوحة - تقاطع السعودية والإمارات قطر منذ يونيو 2017.",
        "الدوحة - قاطعت السعودية والإمارات والبحرين ومصر قطر في يونيو 2017.",
        "DOHA (Reuters) - Saudi Arabia and the UAE have boycotted Qatar since June 2017.",
    ],
)
def test_a_boycott_stays(text):
    assert of_type(extract(text, PUBLISHED), "sanctions")
