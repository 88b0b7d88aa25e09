"""A sentence opened by a word of addition right before its verb in the past (كما اعتقلت قوات
مشتركة عددا من الوزراء) tells one more deed of the news told before it, on that news's day, not
on the publication's."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        (
            "وكانت قوة عسكرية قد اعتقلت فجر أمس الاثنين رئيس الوزراء عبد الله حمدوك من مقر إقامته. "
            "كما اعتقلت قوات مشتركة عددا من الوزراء وأعضاء مجلس السيادة، بينهم وزير الصناعة إبراهيم الشيخ.",
            "2021-10-26",
            ["2021-10-25", "2021-10-25"],
        ),
        (
            "اعتقلت الشرطة التركية أمس الأحد عشرة صحفيين في إسطنبول. كما اعتقلت ثلاثة محامين في أنقرة.",
            "2022-03-07",
            ["2022-03-06", "2022-03-06"],
        ),
    ],
)
def test_a_deed_added_by_kama_takes_the_day_of_the_news_before(text, published, dates):
    assert sorted(e["date"] for e in of_type(extract(text, published), "arrest")) == dates
