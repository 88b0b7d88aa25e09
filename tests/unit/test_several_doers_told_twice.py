"""A deed of several states told twice, once with one of them as its doer and once with another,
naming the same countries, is one event; attacks, whose target is among their countries, and
deeds of other countries stay apart (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "event_type", "count"),
    [
        # one boycott: the restrictions of one of the four told beside the cut of ties by the four
        (
            "طلبت الدوحة من محكمة العدل الدولية رفع القيود التي تفرضها أبو ظبي على القطريين منذ حزيران/يونيو 2017.\n"
            "وفي 7 حزيران/يونيو 2017 قطعت السعودية والبحرين ودولة الإمارات ومصر العلاقات مع قطر التي اتهمتها"
            " بدعم الإرهاب وفرضت إجراءات عقابية.",
            "2018-06-29",
            "sanctions",
            1,
        ),
        # one reinforcement told twice in a coalition's war
        (
            "استدعت جماعة الحوثي تعزيزات عسكرية الأحد إلى مدينة الحديدة، فيما تقترب قوات التحالف بقيادة"
            " السعودية من وسط المدينة.\nعززت جماعة الحوثي اليمنية من تواجدها العسكري في مدينة الحديدة اليوم"
            " الأحد فيما يقترب التحالف بقيادة السعودية والإمارات من وسط المدينة.",
            "2018-06-24",
            "deployment",
            1,
        ),
        (
            "Saudi Arabia, Bahrain, the UAE and Egypt severed diplomatic ties with Qatar on Monday. The UAE,"
            " which imposed the boycott on Qatar on Monday with Saudi Arabia, Bahrain and Egypt, gave Qataris"
            " 14 days to leave.",
            "2017-06-06",
            "sanctions",
            1,
        ),
        # an attack and the answer to it, between the same countries: two
        (
            "Israeli jets struck Hamas sites in Gaza on Monday, Egypt said. Hamas fired rockets at Israel on"
            " Monday, Egypt said.",
            "2021-05-11",
            "attack",
            2,
        ),
    ],
)
def test_several_doers_told_twice(text: str, published: str, event_type: str, count: int) -> None:
    assert len(of_type(extract(text, published), event_type)) == count
