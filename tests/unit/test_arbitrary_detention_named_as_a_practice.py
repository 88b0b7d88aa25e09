"""Arbitrary detention named as such ("arbitrary detention", "arbitrary arrests", «الاعتقال التعسفي»,
«الاحتجاز التعسفي») is a practice a report, a policy or a charge speaks of, no arrest of the
article's day; an arrest told by its own verb, with no such name beside it, still is one (real
resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        'He stressed that "arbitrary detention of migrants cannot be the solution".',
        "The report accused the Egyptian authorities of arbitrary arrests of activists.",
        "The organisation criticised the policy of arbitrary detention of opposition leaders in Bahrain.",
        'وشدد على أن "الاعتقال التعسفي للمهاجرين لا يمكن أن يكون الحل".',
        "واتهم التقرير السلطات المصرية بممارسة الاعتقال التعسفي بحق الناشطين.",
        "وانتقدت المنظمة سياسة الاعتقالات التعسفية والاحتجاز التعسفي لقادة المعارضة في البحرين.",
        "ونددت المنظمة بالتوقيف التعسفي للصحفيين في مصر.",
    ],
)
def test_arbitrary_detention_named_as_a_practice_is_no_arrest(text: str) -> None:
    found = of_type(extract(text, "2018-05-27"), "arrest")
    assert not found, found


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Egyptian police arrested activist Alaa Abd el-Fattah in Cairo on Monday.", "2018-05-21"),
        ("Bahraini police detained activist Nabeel Rajab on Sunday.", "2018-05-27"),
        ("اعتقلت السلطات المصرية الناشط علاء عبد الفتاح أمس في القاهرة.", "2018-05-26"),
        ("واحتجزت الشرطة البحرينية الناشط نبيل رجب يوم الاثنين.", "2018-05-21"),
    ],
)
def test_an_arrest_told_by_its_verb_is_still_one(text: str, date: str) -> None:
    found = of_type(extract(text, "2018-05-27"), "arrest")
    assert date in [e["date"] for e in found], found
