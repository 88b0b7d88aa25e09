"""A drill in the singular carried out or conducted is held («نفذت القوات الجوية للبلدين في نوفمبر
الماضي تدريب نسور النيل»), as the plural already is; a team's training is not a drill."""

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
        "وأجرى المنتخب المصري تدريبا في القاهرة يوم الاثنين.",
    ],
)
def test_no_drill_held(text: str) -> None:
    found = of_type(extract(text, PUBLISHED), "military_exercise")
    assert found == [], found

