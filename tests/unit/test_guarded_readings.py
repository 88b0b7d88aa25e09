"""A reading of words whose context words are missing leaves the words to another reading:
«وافق البرلمان على الاتفاقية» is a parliament's approval; «وافق الرئيس … على الاتفاقية», which
that reading does not take, is still the ratification a head of state gives, as in English."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

CASES = [
    # (published, text, date)
    ("2019-12-10", "وافق الرئيس التركي رجب طيب أردوغان أمس على اتفاق التعاون العسكري مع حكومة الوفاق الليبية.", "2019-12-09"),
    ("2017-06-25", "وافق الرئيس المصري عبد الفتاح السيسي السبت على اتفاقية تعيين الحدود البحرية مع السعودية.", "2017-06-24"),
    ("2017-06-15", "وافق البرلمان المصري الأربعاء على اتفاقية تعيين الحدود البحرية مع السعودية.", "2017-06-14"),
    ("2017-06-25", "Egyptian President Abdel Fattah al-Sisi approved the maritime border agreement with Saudi Arabia on Saturday.", "2017-06-24"),
]


@pytest.mark.parametrize(("published", "text", "date"), CASES)
def test_an_approval_of_a_treaty_is_a_ratification(published: str, text: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, published), "ratification")] == [date]
