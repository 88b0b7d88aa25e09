"""English troops or forces that entered a place ("Eritrean troops entered Tigray in November 2020
and fought", "forces entered the town of Manbij on Monday under a deal"), and mercenaries told with a
few words of their own before they arrived, are deployed there: a strong word of its own beside the
sentence's other deeds."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("Eritrean troops entered Tigray in November 2020 and fought alongside federal forces.", "2022-09-01", "2020-11"),
        (
            "Syrian government forces entered the northern town of Manbij on Monday under a deal with Kurdish fighters.",
            "2019-10-15",
            "2019-10-14",
        ),
        ("Russian mercenaries of the Wagner Group had arrived in Libya in late 2019.", "2020-06-10", "2019"),
    ],
)
def test_forces_that_entered_or_arrived_are_deployed(text, published, date):
    assert [e["date"] for e in of_type(extract(text, published), "deployment")] == [date]


# an army entering a town under a deal, or peacekeepers entering it, is deployed there in Arabic as
# in English; rebels or militants entering a town take it, in English as in Arabic (دخلت الفصائل)
@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        (
            "دخلت قوات النظام السوري مدينة منبج يوم الاثنين، بموجب اتفاق مع المقاتلين الأكراد.",
            "2019-10-15",
            "deployment",
            "2019-10-14",
        ),
        ("دخلت قوات حفظ السلام مدينة أبيي يوم الاثنين.", "2019-10-15", "deployment", "2019-10-14"),
        ("Syrian rebels entered Homs on Saturday night, meeting little resistance.", "2024-12-09", "attack", "2024-12-07"),
        ("Islamist militants entered the town of Palma on Wednesday.", "2021-03-28", "attack", "2021-03-24"),
        ("دخلت فصائل المعارضة حمص مساء السبت.", "2024-12-09", "attack", "2024-12-07"),
        ("دخل مقاتلو المعارضة إلى حمص مساء السبت.", "2024-12-09", "attack", "2024-12-07"),
    ],
)
def test_entering_by_a_deal_or_by_force(text, published, event_type, date):
    assert [e["date"] for e in of_type(extract(text, published), event_type)] == [date]


@pytest.mark.parametrize(
    ("text", "published", "event_type"),
    [
        # an army entering a town with no deal said: its capture, no deployment
        ("دخلت قوات النظام السوري مدينة منبج يوم الاثنين.", "2019-10-15", "deployment"),
        # rebels entering talks or a deal take no town
        ("Rebels entered talks with the government on Monday.", "2019-10-15", "attack"),
        ("Rebels entered the town of Daraya under a deal on Monday.", "2019-10-15", "attack"),
        ("دخلت الفصائل في مفاوضات مع الحكومة يوم الاثنين.", "2019-10-15", "attack"),
        ("دخل المسلحون السجن يوم الاثنين بموجب حكم قضائي.", "2019-10-15", "attack"),
    ],
)
def test_no_entering_of_that_type(text, published, event_type):
    assert of_type(extract(text, published), event_type) == []
