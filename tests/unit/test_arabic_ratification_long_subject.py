"""An Arabic ratification whose subject is long (two chambers, each with its city, and a day
between commas) still names its treaty after على: the ratification, not a new agreement."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "date", "country"),
    [
        (
            "وجاء الإعلان بعدما صادق مجلس الشورى في صنعاء ومجلس الشعب الأعلى في عدن، أول أمس الاثنين، "
            "على اتفاقية الوحدة ومشروع دستور الدولة الموحدة، في جلستين منفصلتين.",
            "1990-05-23",
            "1990-05-21",
            "YEM",
        ),
        (
            "وصادق مجلس النواب الأردني ومجلس الأعيان في جلسة مشتركة عقدت في عمان يوم الأحد على معاهدة السلام.",
            "1994-11-08",
            "1994-11-06",
            "JOR",
        ),
    ],
)
def test_a_long_subject_keeps_the_ratification(text: str, published: str, date: str, country: str) -> None:
    events = extract(text, published)
    found = of_type(events, "ratification")
    assert [(e["date"], country in e["countries"]) for e in found] == [(date, True)], events
    assert not of_type(events, "agreement"), events


def test_a_name_with_no_treaty_after_it_is_no_ratification() -> None:
    text = "وقال صادق خان رئيس بلدية لندن في مؤتمر صحفي أمس إن المدينة تعول على الاستثمار."
    assert not of_type(extract(text, "2019-05-02"), "ratification")


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("وقال عمدة لندن صادق خان إن المدينة ستواصل العمل وستحافظ على الاتفاق مع الحكومة.", "2020-06-15"),
        (
            "وصادق البرلمان الأردني أمس على قانون الموازنة العامة للدولة بعد أسبوع من توقيع الحكومة على الاتفاق "
            "مع صندوق النقد الدولي.",
            "2019-03-20",
        ),
    ],
)
def test_a_budget_or_a_name_is_no_treaty_ratified(text: str, published: str) -> None:
    assert not of_type(extract(text, published), "ratification")


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("وصادق الكنيست الإسرائيلي أمس على الاتفاق مع الإمارات، وقال نتنياهو إن الاتفاق تاريخي.", "2019-03-20", "2019-03-19"),
        (
            "صادق مجلس نواب الشعب التونسي أمس على مشروع القانون المتعلق بالموافقة على اتفاقية القرض مع البنك الدولي.",
            "2019-07-10",
            "2019-07-09",
        ),
    ],
)
def test_a_saying_or_a_law_of_approval_beside_keeps_it(text: str, published: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, published), "ratification")] == [date]
