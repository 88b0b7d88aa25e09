"""A party or a premier that formed its own government («شكلت حماس حكومتها», «شكل نتنياهو
حكومته») formed it, though the sentence tells a deed on something before it («حصارا على
القطاع»); what weighs on a government («يشكل ضغطا على حكومتها») is none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        ("وتأمل السلطة الفلسطينية رفع الحصار الذي تفرضه الولايات المتحدة على الحكومة منذ أن شكلت حماس حكومتها في مارس ٢٠٠٦.", "2007-02-09", ["2006-03"]),
        ("وتفرض إسرائيل حصارا على القطاع منذ أن شكلت حماس حكومتها في مارس ٢٠٠٦.", "2007-02-09", ["2006-03"]),
        ("وشكل رئيس الوزراء الإسرائيلي بنيامين نتنياهو حكومته في مايو 2020.", "2020-06-09", ["2020-05"]),
        # what weighs on a government is no government formed
        ("وقالت حركة حماس الفلسطينية إن الحصار يشكل ضغطا على حكومتها منذ مارس ٢٠٠٦.", "2007-02-09", []),
        ("وقال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن الاحتجاجات تشكل تحديا لحكومته.", "2020-06-09", []),
        ("وقال رئيس الوزراء الإسرائيلي إن الحرب على غزة شكلت أولوية لحكومته.", "2024-06-09", []),
    ],
)
def test_a_party_formed_its_own_government(text: str, published: str, dates: list[str]) -> None:
    found = of_type(extract(text, published), "appointment")
    assert [ev["date"] for ev in found] == dates, found
