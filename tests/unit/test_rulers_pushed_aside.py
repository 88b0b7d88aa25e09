"""A ruler, a predecessor or a government pushed aside (أزاح سلفه، أزاح الجيش الرئيس; pushed
aside his predecessor, pushed the president out of office) was ousted: a strong word of a
change of office, kept beside the other deeds of its sentence ("وبعد أن أزاح سلفه ... فاز
بالانتخابات") and dated by the year the sentence opens on."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


def _appointments(text: str, published: str) -> list[tuple[str | None, list[str]]]:
    return [(e["date"], sorted(e["countries"])) for e in of_type(extract(text, published), "appointment")]


@pytest.mark.parametrize(
    ("text", "date", "countries"),
    [
        (
            "وفي 2013، وبعد أن أزاح الجيش المصري الرئيس محمد مرسي إثر احتجاجات حاشدة، فاز السيسي بالانتخابات الرئاسية عام 2014.",
            "2013",
            ["EGY"],
        ),
        ("وفي عام 2017، وبعد أن أزاح سلفه من ولاية العهد، عقد الأمير السعودي اجتماعات مع قادة القبائل.", "2017", ["SAU"]),
        (
            "In 2013, after he pushed aside his predecessor Mohamed Morsi amid mass protests, Egypt's Sisi won the 2014 presidential election.",
            "2013",
            ["EGY"],
        ),
        ("Egypt's army pushed President Mohamed Morsi out of office in July 2013.", "2013-07", ["EGY"]),
    ],
)
def test_a_ruler_pushed_aside_was_ousted(text, date, countries):
    assert _appointments(text, "2018-06-02") == [(date, countries)]
