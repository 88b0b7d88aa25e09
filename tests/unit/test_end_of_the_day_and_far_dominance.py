"""«في نهاية اليوم» after a day told is the end of that day, not of today; a ceasefire named far
from a signing, in a clause about what it provides, does not take the signing in."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.temporal import find_dates


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('التقى الزعيمان أمس الجمعة. ووقّع الزعيمان في نهاية اليوم "إعلان بانمونجوم".', "2018-04-27"),
        ("وصل الوفد إلى القاهرة يوم الثلاثاء، وفي ختام اليوم عقد مؤتمرا صحفيا.", "2018-04-24"),
        ("اجتمع المجلس في 12 أبريل، وأصدر بيانه في نهاية اليوم.", "2018-04-12"),
    ],
)
def test_the_end_of_the_day_told(text: str, value: str) -> None:
    found = [m for m in find_dates(text, "2018-04-28", "ar") if "اليوم" in m.text]
    assert [m.value for m in found] == [value], found


def test_the_end_of_the_day_with_no_day_told_is_no_date_of_today() -> None:
    found = find_dates('ووقّع الزعيمان في نهاية اليوم "إعلان بانمونجوم".', "2018-04-28", "ar")
    assert not [m for m in found if "اليوم" in m.text], found


def test_a_signing_at_the_end_of_the_day_told() -> None:
    text = (
        "تعهد الزعيم الكوري الشمالي كيم جونغ أون والرئيس الكوري الجنوبي مون جاي إن في ختام قمة عقداها أمس الجمعة "
        "بالعمل على نزع السلاح النووي.\n"
        'ووقّع الزعيمان في نهاية اليوم "إعلان بانمونجوم للسلام والازدهار والوحدة في شبه الجزيرة الكورية"، الذي '
        'ينص على وقف "جميع الأعمال العدائية"، بما فيها البث الدعائي عبر مكبرات الصوت على الحدود اعتباراً من أول '
        "مايو/أيار، وتحويل المنطقة منزوعة السلاح إلى منطقة سلام، وإجراء محادثات ثلاثية أو رباعية تشمل الولايات "
        "المتحدة والصين لتحويل اتفاق الهدنة إلى معاهدة سلام دائمة."
    )
    found = extract(text, "2018-04-28")
    assert [e["date"] for e in of_type(found, "agreement")] == ["2018-04-27"], found


@pytest.mark.parametrize(
    "text",
    [
        "وقع الطرفان أمس الجمعة اتفاقا لوقف إطلاق النار في القاهرة.",
        "The two sides signed a ceasefire agreement in Cairo on Friday.",
    ],
)
def test_a_ceasefire_signed_is_one_ceasefire(text: str) -> None:
    found = extract(text, "2018-04-28")
    assert [e["event_type"] for e in found] == ["ceasefire"], found
