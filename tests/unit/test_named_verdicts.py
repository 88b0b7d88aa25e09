"""A speaker's quoted name for a deed after a verb of naming ("called the raid "a bloody
massacre"", «ووصف الهجوم بأنه "مجزرة دموية"») tells a reaction: the event word inside the name is
no deed of its own, and the deed named, told elsewhere, is not told again by the one who named it.
The deed itself, told in its own sentence, still comes out."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "event_type", "dates"),
    [
        (
            "Israeli commandos stormed a Gaza-bound aid flotilla on Monday, killing nine Turkish activists. "
            'Turkish Prime Minister Tayyip Erdogan, speaking in Ankara on Tuesday, called the raid "a bloody massacre".',
            "2010-06-01",
            "attack",
            ["2010-05-31"],
        ),
        (
            "قتلت قوات إسرائيلية تسعة نشطاء أتراك في غارة يوم الاثنين. "
            'ووصف أردوغان يوم الثلاثاء الغارة بـ"الهجوم الإرهابي".',
            "2010-06-01",
            "attack",
            ["2010-05-31"],
        ),
        (
            "Saudi Arabia and Iran signed an agreement on Friday to restore diplomatic ties. "
            'Former Israeli Prime Minister Naftali Bennett called the deal "a serious and dangerous development".',
            "2023-03-11",
            "agreement",
            ["2023-03-10"],
        ),
        (
            "وقعت السعودية وإيران يوم الجمعة اتفاقا لاستئناف العلاقات الدبلوماسية. "
            'ووصف رئيس الوزراء الإسرائيلي السابق نفتالي بينيت الاتفاق بأنه "تطور خطير".',
            "2023-03-11",
            "agreement",
            ["2023-03-10"],
        ),
        # near misses: a deed told in the sentence of a naming, outside the quoted name, stays
        (
            'Syria called the rebels "terrorists". Syrian troops shelled the town of Rastan on Tuesday.',
            "2012-04-12",
            "attack",
            ["2012-04-10"],
        ),
        (
            'وصفت سوريا المعارضين بأنهم "إرهابيون". وقصفت القوات السورية مدينة الرستن يوم الثلاثاء.',
            "2012-04-12",
            "attack",
            ["2012-04-10"],
        ),
    ],
)
def test_a_quoted_name_for_a_deed_gives_no_event_of_its_own(text, published, event_type, dates):
    assert sorted(e["date"] for e in of_type(extract(text, published), event_type)) == dates


@pytest.mark.parametrize(
    ("text", "published", "event_type"),
    [
        # told with no deed of its type elsewhere, the object named may be the only telling: it stays
        ('Israel called the agreement Saudi Arabia and Iran signed on Friday "dangerous".', "2023-03-11", "agreement"),
        ('ووصفت إسرائيل الاتفاق الذي وقعته السعودية وإيران يوم الجمعة بأنه "خطير".', "2023-03-11", "agreement"),
    ],
)
def test_the_only_telling_of_a_deed_named_stays(text, published, event_type):
    assert of_type(extract(text, published), event_type) != []
