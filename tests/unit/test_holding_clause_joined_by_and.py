"""A relative joined by و after a comma («في أول انتخابات عامة يشهدها الفلسطينيون في الضفة الغربية
وقطاع غزة والقدس الشرقية، والتي جرت السبت») takes up the event noun past the places listed: its
day is the event's, not the day the results were announced."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "kind", "date"),
    [
        (
            "أعلنت لجنة الانتخابات المركزية الفلسطينية، أمس، فوز ياسر عرفات برئاسة السلطة الفلسطينية بنحو 88 في "
            "المئة من الأصوات، في أول انتخابات عامة يشهدها الفلسطينيون في الضفة الغربية وقطاع غزة والقدس "
            "الشرقية، والتي جرت السبت.",
            "1996-01-22",
            "election",
            "1996-01-20",
        ),
        (
            "أعلنت وزارة الداخلية اللبنانية أمس النتائج الرسمية للانتخابات البلدية في محافظتي الجنوب والنبطية "
            "في لبنان، والتي جرت الأحد.",
            "2016-05-24",
            "election",
            "2016-05-22",
        ),
    ],
)
def test_the_day_of_a_holding_clause_joined_by_and(text: str, published: str, kind: str, date: str) -> None:
    assert date in [e["date"] for e in of_type(extract(text, published), kind)]
