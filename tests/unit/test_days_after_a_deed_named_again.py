"""A deed told "days after" a deed the article named before with its day, by an Arabic noun
with its article ("بعد أيام من الانقلاب" after "منذ الانقلاب الذي نفذه الجيش في 12 مارس"),
takes that deed's month, as "days after the coup" does in English, not the publication's day."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        (
            "تشهد علاقات تشاد مع جيرانها توترا منذ الانقلاب الذي نفذه الجيش في 12 مارس/آذار الماضي.\n"
            "وكان الاتحاد الأفريقي قد فرض عقوبات على تشاد بعد أيام من الانقلاب.",
            "2024-10-02",
            "sanctions",
            "2024-03",
        ),
        (
            "Chad's ties with its neighbours have soured since the coup staged by the army on March 12.\n"
            "The African Union imposed sanctions on Chad days after the coup.",
            "2024-10-02",
            "sanctions",
            "2024-03",
        ),
    ],
)
def test_a_deed_days_after_a_deed_named_again_takes_its_month(
    text: str, published: str, event_type: str, date: str
) -> None:
    found = of_type(extract(text, published), event_type)
    assert [e["date"] for e in found] == [date]
