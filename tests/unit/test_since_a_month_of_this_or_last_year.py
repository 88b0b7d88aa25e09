"""منذ before a month with a word of the past or present after it ("منذ مايو/أيار الماضي",
"منذ منتصف فبراير/شباط الجاري") dates the event word before it like a month written with its
year, however long the stretch between them, a phrase of a preposition included ("أرسلت ...
جندي إضافي إلى الشرق الأوسط منذ مايو الماضي"): the month is fixed by the publication, so it
is the time the clause's own deed began. (English "since May" already does, month alone.) A
weekday so far off stays another doing's."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        (
            "وأرسلت الولايات المتحدة نحو 14 ألف جندي إضافي إلى الشرق الأوسط منذ مايو/أيار الماضي، كما تقود تحالفا "
            "لأمن الملاحة البحرية.",
            "2019-12-27",
            "deployment",
            "2019-05",
        ),
        (
            "ونشرت فرنسا مئات الجنود في مالي إلى جانب القوات المحلية منذ أكتوبر الماضي.",
            "2019-12-27",
            "deployment",
            "2019-10",
        ),
        (
            "وفي البحرين المجاورة يعتصم آلاف المحتجين في دوار اللؤلؤة وسط المنامة منذ منتصف فبراير/شباط الجاري "
            "مطالبين بإصلاحات سياسية.",
            "2011-02-25",
            "protest",
            "2011-02",
        ),
    ],
)
def test_since_a_month_fixed_by_the_publication_dates_the_deed(text: str, published: str, event_type: str, date: str) -> None:
    found = of_type(extract(text, published), event_type)
    assert found and found[0]["date"] == date, [(e["trigger"], e["date"]) for e in found]


def test_since_a_far_weekday_stays_another_doings() -> None:
    text = "ونشرت فرنسا مئات الجنود في مالي إلى جانب القوات المحلية منذ الأربعاء الماضي."
    found = of_type(extract(text, "2019-12-27"), "deployment")
    assert found and found[0]["date"] == "2019-12-27", [(e["trigger"], e["date"]) for e in found]
