"""Arabic: a capture told by the verbal noun السيطرة (taking control) as the
complement of a verb of accomplishing (تمكنت القوات من السيطرة على, نجح في السيطرة على) or of
announcing (أعلن الجيش السيطرة على) is an attack that happened; control of a fire or of
prices, a loss of control, a failure or an aim to take control are none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("وتمكنت فصائل المعارضة من السيطرة على مدينة إدلب يوم الخميس الماضي.", "2015-03-30", "2015-03-26"),
        ("وأعلن الجيش السوداني السيطرة على مدينة ود مدني يوم الجمعة.", "2024-12-08", "2024-12-06"),
        ("ونجحت القوات الحكومية في السيطرة على مدينة سرت أمس الأحد.", "2016-12-05", "2016-12-04"),
        ("تمكن مقاتلو الحوثي من بسط السيطرة على مدينة عمران يوم الثلاثاء.", "2014-07-10", "2014-07-08"),
        ("وأعلنت قوات سوريا الديمقراطية السيطرة الكاملة على مدينة الرقة يوم الثلاثاء.", "2017-10-19", "2017-10-17"),
    ],
)
def test_control_taken_is_an_attack(text: str, published: str, date: str) -> None:
    found = of_type(extract(text, published), "attack")
    assert [e["date"] for e in found] == [date], [(e["trigger"], e["date"]) for e in found]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("وتمكن رجال الإطفاء من السيطرة على حريق في مدينة حمص يوم السبت.", "2024-12-08"),
        ("وأعلنت الحكومة المصرية خطة للسيطرة على الأسعار يوم الجمعة.", "2022-03-12"),
        ("ولم تتمكن الفصائل من السيطرة على مدينة حمص يوم السبت.", "2024-12-08"),
        ("وأعلنت وزارة الصحة السيطرة على الوباء في مدينة حلب يوم السبت.", "2020-06-08"),
        ("وفشلت القوات في السيطرة على مدينة مأرب يوم الأحد.", "2021-03-01"),
    ],
)
def test_no_capture_without_a_deed(text: str, published: str) -> None:
    found = of_type(extract(text, published), "attack")
    assert found == [], [(e["trigger"], e["date"]) for e in found]
