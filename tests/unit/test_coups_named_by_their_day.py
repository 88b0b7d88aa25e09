"""A coup named by its day and month: the day of a seizure of power told with it, in the year
before the article's («في انقلاب 26 يوليو», "in a July 26 coup"), unless the name is that of a
catalogued coup of an earlier year («انقلاب 3 يوليو», "the July 3 coup": Egypt's of 2013)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        ("استولى العسكريون على السلطة في النيجر في انقلاب 26 يوليو.", "2023-09-02", ["2023-07-26"]),
        ("Officers seized power in Niger in a July 26 coup.", "2023-09-02", ["2023-07-26"]),
        # the names of catalogued coups of other years
        ("وتعيش مصر أزمة سياسية منذ انقلاب 3 يوليو.", "2020-09-02", ["2013-07-03"]),
        ("قاد السيسي انقلاب 3 يوليو ضد الرئيس محمد مرسي.", "2020-09-02", ["2013-07-03"]),
        ("Egypt has been in crisis since the July 3 coup.", "2020-09-02", ["2013-07-03"]),
        ("Sisi led the July 3 coup against President Mohamed Morsi.", "2020-09-02", ["2013-07-03"]),
        ("Mauritania's army chief led the August 6 coup against Sidi Ould Cheikh Abdallahi.", "2010-09-02", ["2008-08-06"]),
    ],
)
def test_a_coup_named_by_its_day_dates_the_seizure(text, published, dates):
    assert [e["date"] for e in of_type(extract(text, published), "appointment")] == dates


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of officers were dismissed after Turkey's failed July 15 coup.",
        "أقيل مئات الضباط بعد انقلاب 15 تموز الفاشل في تركيا.",
    ],
)
def test_turkey_s_failed_coup_named_by_its_day_is_the_2016_attempt(text):
    assert "2016-07-15" in [e["date"] for e in extract(text, "2020-09-02")]
