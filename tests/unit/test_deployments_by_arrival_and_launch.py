"""Deployments told by what arrives or is set going: warships at a port (`وصلت أمس إلى ميناء
بندر عباس سفينتان تابعتان للبحرية الهندية`, `two warships arrived at the port`), aircraft
told first and then deployed at a base, military instructors arriving, troops crossing a
border, and a naval or military coalition or mission launched (`أطلقت ... التحالف الدولي
لحماية الملاحة`, `launched a maritime security mission`). Ships of aid or of oil, and a
coalition that fires, are no deployment."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        (
            "ووصلت أمس الأحد إلى ميناء بندر عباس جنوبي إيران سفينتان تابعتان للبحرية الهندية.",
            "2021-03-15",
            "2021-03-14",
        ),
        ("Two Indian warships arrived at the Iranian port of Bandar Abbas on Sunday.", "2021-03-15", "2021-03-14"),
        (
            "ويعتمد الجيش الفرنسي على 12 طائرة مقاتلة من طراز رافال نُشرت الشهر الماضي في قاعدة الظفرة الجوية في الإمارات.",
            "2021-03-15",
            "2021-02",
        ),
        ("French military instructors arrived in the northern town of Gao on Sunday.", "2021-03-15", "2021-03-14"),
        ("About 800 Jordanian soldiers crossed the border into Syria on Sunday.", "2021-03-15", "2021-03-14"),
        (
            "وأطلقت فرنسا رسميا الأحد في أبوظبي المهمة الأوروبية لحماية الملاحة في مضيق هرمز.",
            "2021-03-15",
            "2021-03-14",
        ),
        ("France formally launched a maritime security mission in Abu Dhabi on Sunday.", "2021-03-15", "2021-03-14"),
    ],
)
def test_a_deployment_told_by_arrival_or_launch(text, published, date):
    events = extract(text, published)
    assert [e["date"] for e in of_type(events, "deployment")] == [date], events


@pytest.mark.parametrize(
    "text",
    [
        "ووصلت أمس إلى ميناء الحديدة سفينة تابعة لأسطول الحرية تحمل مساعدات إنسانية.",
        "وأطلق التحالف الدولي أمس صواريخ على مواقع في شرق سوريا.",
        "Two aid ships arrived at the port of Hodeidah on Sunday carrying relief supplies.",
        "Hundreds of refugees crossed the border into Jordan on Sunday.",
    ],
)
def test_no_deployment(text):
    events = extract(text, "2021-03-15")
    assert not of_type(events, "deployment"), events
