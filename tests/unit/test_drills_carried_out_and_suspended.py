"""A drill in the singular carried out or conducted is held («نفذت القوات الجوية للبلدين في نوفمبر
الماضي تدريب نسور النيل»), as the plural already is; drills suspended or frozen are not held
("have suspended this August's joint military exercise", «علقت كوريا الجنوبية والولايات المتحدة
التدريبات المشتركة»), as drills called off are not; nor is a team's training."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2020-03-12"


@pytest.mark.parametrize(
    ("text", "day", "country"),
    [
        ("ونفذت القوات الجوية المصرية والسودانية في نوفمبر الماضي تدريب نسور النيل.", "2019-11", "SDN"),
        ("وأجرت البحرية الجزائرية يوم الاثنين تمرين «رعد 2020» قبالة وهران.", "2020-03-09", "DZA"),
        ("The United States and South Korea resumed joint military exercises on Thursday.", "2020-03-12", "KOR"),
    ],
)
def test_drills_carried_out_are_held(text: str, day: str, country: str) -> None:
    found = [e for e in of_type(extract(text, PUBLISHED), "military_exercise") if e["date"] == day]
    assert len(found) == 1 and country in found[0]["countries"], found


@pytest.mark.parametrize(
    "text",
    [
        "The United States and South Korea have suspended this August's joint military exercise, officials said on Tuesday.",
        "The U.S. and South Korea suspended joint drills on Thursday.",
        "وأعلنت واشنطن وسيول تعليق المناورات العسكرية المشتركة يوم الاثنين.",
        "وعلقت كوريا الجنوبية والولايات المتحدة التدريبات المشتركة يوم الاثنين.",
        "وأجرى المنتخب المصري تدريبا في القاهرة يوم الاثنين.",
    ],
)
def test_no_drill_held(text: str) -> None:
    found = of_type(extract(text, PUBLISHED), "military_exercise")
    assert found == [], found


def test_a_deployment_halted_is_none() -> None:
    found = of_type(extract("NATO halted the deployment of British troops to Lithuania on Thursday.", PUBLISHED), "deployment")
    assert found == [], found
