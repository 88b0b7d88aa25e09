"""Aid with no date of its own: relief sent or delivered once is the news of the publication day;
a supply of arms or military support, or one told as going on or repeated, is a flow of the
publication year (data/assembly.json `one_off_sums.flows`)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2018-06-20"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # relief sent once: the day
        ("Qatar sent humanitarian aid to Gaza.", "2018-06-20"),
        ("The UN refugee agency said it had sent tents and emergency supplies to camps in Iraq.", "2018-06-20"),
        ("أرسلت الكويت مساعدات إنسانية إلى اليمن.", "2018-06-20"),
        ("وأعلن التحالف عن منح مساعدات للمتضررين في اليمن.", "2018-06-20"),
        # arms or military support: the year
        ("وقال المتحدث إن إيران تزود الحوثيين بالأسلحة والصواريخ.", "2018"),
        ("Iran has supplied the Houthis with weapons, the Saudi envoy said.", "2018"),
        ("وأكد التقرير قيام إسرائيل بتقديم الدعم للجماعات المسلحة في سوريا.", "2018"),
        # a supply going on or repeated: the year
        ("وخلال الشهور الماضية وفرت مصر الوقود لقطاع غزة.", "2018"),
        ("Turkey continued to send humanitarian aid to Qatar.", "2018"),
        ("Turkey has sent food shipments to Qatar regularly.", "2018"),
    ],
)
def test_undated_aid_takes_the_day_or_the_year(text: str, date: str) -> None:
    found = of_type(extract(text, PUB), "aid")
    assert found, extract(text, PUB)
    assert found[0]["date"] == date
