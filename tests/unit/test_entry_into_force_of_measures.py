"""Words of entering into force tell a ratification only of an agreement: sanctions or a calm
that come into effect (دخلت الحزمة الثانية من العقوبات حيز التنفيذ، بدء سريان التهدئة, the
measures came into effect) are no ratification."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "دخلت الحزمة الثانية من العقوبات الأميركية على إيران، التي تستهدف قطاعَي النفط والمصارف، حيّز التنفيذ أمس.",
            "2018-11-06",
        ),
        (
            "The measures, which came into effect on Monday, are the second batch of sanctions restored since"
            " President Donald Trump withdrew from the nuclear deal.",
            "2018-11-06",
        ),
        ("وخرج آلاف الفلسطينيين إلى شوارع غزة فور بدء سريان التهدئة في مسيرات احتفالية.", "2021-05-21"),
        ("New US sanctions on Iran came into force on Monday.", "2018-11-06"),
    ],
)
def test_measures_coming_into_force_are_no_ratification(text: str, published: str) -> None:
    assert of_type(extract(text, published), "ratification") == []


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("ودخلت الاتفاقية التجارية بين المغرب وموريتانيا حيز التنفيذ أمس.", "2022-04-03", "2022-04-02"),
        ("The trade agreement between Morocco and Mauritania came into force on Saturday.", "2022-04-03", "2022-04-02"),
    ],
)
def test_an_agreement_coming_into_force_stays_a_ratification(text: str, published: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, published), "ratification")] == [date]
