"""A wave of protests told as what a government's resignation answered, with the time it began
("في استجابة لاحتجاجات شعبية غير مسبوقة تهز البلاد منذ مطلع أكتوبر", "in protests that began in
October 2019 and forced the resignation of Prime Minister Saad Hariri"), is a background event of
its own at that onset: a cue of intent before the resignation (عزمه التنحي) does not reach past
"in response to", and the resignation does not swallow the protests' onset."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "بغداد – صوّت مجلس النواب العراقي اليوم الأحد على قبول استقالة حكومة رئيس الوزراء عادل عبد المهدي، بعد يومين من "
            "إعلانه عزمه التنحي، في استجابة لاحتجاجات شعبية غير مسبوقة تهز البلاد منذ مطلع أكتوبر/تشرين الأول.",
            "2019-12-01",
        ),
        (
            "Anger over the crisis drove hundreds of thousands into the streets in protests that began in October 2019 "
            "and forced the resignation of Prime Minister Saad Hariri.",
            "2020-08-07",
        ),
        ("اندلعت الاحتجاجات في أكتوبر 2019 وأجبرت رئيس الوزراء اللبناني سعد الحريري على الاستقالة.", "2020-08-07"),
    ],
)
def test_protests_told_as_a_cause_with_their_onset_are_an_event_then(text, published):
    assert [e["date"] for e in of_type(extract(text, published), "protest")] == ["2019-10"]


def test_protests_called_for_are_still_no_event():
    assert of_type(extract("ودعت النقابات إلى تنظيم احتجاجات في بيروت الأسبوع المقبل.", "2020-08-07"), "protest") == []
