"""An Arabic comma between two times of their own sets apart two deeds of one type in a
sentence: «القطاع، الخاضع لحصار منذ عام 2007، ... فاقمها قرار في أغسطس الماضي وقف تمويلها» tells
the blockade of 2007 and the funding halted in August; «البصرة، من حيث انطلقت الاحتجاجات في 8
تموز، خرج الآلاف الجمعة في مظاهرة» the wave of July 8 and Friday's rally."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "event_type", "dates"),
    [
        (
            "غزة - ويعاني القطاع، الخاضع لحصار إسرائيلي مشدد منذ عام 2007، من أوضاع معيشية صعبة فاقمها قرار "
            "الإدارة الأميركية في أغسطس/آب الماضي وقف تمويلها لوكالة غوث وتشغيل اللاجئين الفلسطينيين (أونروا).",
            "2018-11-10",
            "sanctions",
            ["2007", "2018-08"],
        ),
        (
            "وفي البصرة جنوب العراق، من حيث انطلقت موجة الاحتجاجات الأخيرة في 8 تموز/يوليو، خرج الآلاف الجمعة في "
            "مظاهرة سلمية أمام مبنى المحافظة.",
            "2018-07-20",
            "protest",
            ["2018-07-08", "2018-07-20"],
        ),
    ],
)
def test_two_deeds_of_a_type_with_a_time_each(text: str, published: str, event_type: str, dates: list[str]) -> None:
    assert sorted(e["date"] for e in of_type(extract(text, published), event_type)) == dates


def test_an_english_comma_sets_no_ban_on_rallies_apart() -> None:
    text = (
        "MADRID (Reuters) - On Saturday night thousands of protesters gathered outside the Popular Party's headquarters "
        "in Madrid, Spain, accusing the government of hiding the truth, in defiance of a ban on political rallies on "
        "the eve of the vote."
    )
    assert [e["date"] for e in of_type(extract(text, "2004-03-15"), "protest")] == ["2004-03-13"]
