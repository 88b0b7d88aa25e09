"""A deed told as so many months after the time its sentence names ("in March 2019, two months
after police arrested him", "بعد ثلاثة أشهر من اعتقاله", "less than a month after Algiers broke off
relations") took place that many months before it, dated to the month; a count of years or months
that opens a clause after the main clause's own words ("agreed on Wednesday to a truce, two years
after war broke out") counts from the last time the sentence names, and its deed is one of its
own, not taken in by the sentence's event (data/assembly.json `counted_years`)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "kind", "dates"),
    [
        (  # months counted back from the month named right before the count
            "Egyptian authorities freed the activist in March 2019, two months after police arrested him in Cairo.",
            "2021-06-18",
            "arrest",
            ["2019-01"],
        ),
        (
            "أفرجت السلطات المصرية عن الناشط في مارس 2019، بعد ثلاثة أشهر من اعتقال الشرطة له في القاهرة.",
            "2021-06-18",
            "arrest",
            ["2018-12"],
        ),
        (  # a word of more or less before the count, from the day named: the closure and the break
            "Algeria closed its airspace to Moroccan aircraft on Wednesday, less than a month after Algiers "
            "broke off diplomatic relations with Rabat.",
            "2021-09-22",
            "sanctions",
            ["2021-09-22", "2021-08"],
        ),
        (  # the count opens a clause after the main clause's words: from the day told before it
            "Ethiopia's government and Tigrayan forces agreed on Wednesday to a permanent cessation of "
            "hostilities, two years after a war broke out in Ethiopia.",
            "2022-11-02",
            "attack",
            ["2020"],
        ),
        (
            "Ethiopia agreed to a truce on Wednesday, two years after war broke out in Ethiopia's Tigray region.",
            "2022-11-02",
            "attack",
            ["2020"],
        ),
        (
            "اتفقت الحكومة الإثيوبية وقوات تيغراي الأربعاء على وقف إطلاق النار، بعد عامين من اندلاع الحرب في إثيوبيا.",
            "2022-11-02",
            "attack",
            ["2020"],
        ),
        (  # the truce itself keeps its own day
            "Ethiopia agreed to a truce on Wednesday, two years after war broke out in Ethiopia's Tigray region.",
            "2022-11-02",
            "ceasefire",
            ["2022-11-02"],
        ),
        (  # not a count that opens the clause: the years of the war lead to the truce, no deed of their own
            "Ethiopia agreed to a truce with Tigrayan forces on Wednesday after two years of war.",
            "2022-11-02",
            "attack",
            [],
        ),
        (  # days counted from the day told before the count that opens a clause
            "European Union leaders agreed on Monday to ban Belarusian airlines from the bloc's airspace, a day "
            "after Minsk forced a Ryanair jet to land and arrested a dissident journalist on board.",
            "2021-05-25",
            "arrest",
            ["2021-05-23"],
        ),
        (  # a deed that took the main clause's day counted back from it, across "U.S." in its doer's name
            "China began military exercises around Taiwan on Thursday, a day after U.S. House Speaker Nancy Pelosi "
            "visited the self-ruled island.",
            "2022-08-04",
            "visit",
            ["2022-08-03"],
        ),
        (  # not from a year compared with, past a relative clause on the compared noun: from the day before it
            "صوت مجلس النواب العراقي أمس الأحد على قبول استقالة رئيس الوزراء، ليصبح أول رئيس حكومة يطيح به "
            "الشارع منذ عام 2003، بعد شهرين من احتجاجات دامية.",
            "2019-12-02",
            "protest",
            ["2019-10"],
        ),
        (
            "The parliament accepted the resignation of the prime minister on Sunday, the first premier "
            "toppled by the street since 2003, two months after protests erupted in Baghdad.",
            "2019-12-02",
            "protest",
            ["2019-10"],
        ),
        (  # a year a state has lasted since, with its cause after it, still dates that cause
            "والحدود مغلقة منذ عام 1994، بعد هجوم على فندق في مراكش.",
            "2019-12-02",
            "attack",
            ["1994"],
        ),
        (  # months counted from a time with no month name none
            "Egyptian authorities freed the activist in 2019, two months after police arrested him in Cairo.",
            "2021-06-18",
            "arrest",
            ["2021-06-18"],
        ),
    ],
)
def test_a_deed_dated_by_a_count_of_months_or_by_a_count_opening_its_clause(text, published, kind, dates):
    assert [e["date"] for e in of_type(extract(text, published), kind)] == dates


@pytest.mark.parametrize(
    "text",
    [
        "In June 2012, a year after the uprising that toppled Mubarak, Egyptians elected Morsi as president.",
        "In June 2012, more than a year after the uprising that toppled Hosni Mubarak, Egyptians elected Morsi.",
    ],
)
def test_an_event_word_inside_a_catalogued_name_is_that_name_s_event(text):
    """The word "toppled" read inside the catalogued "toppled Mubarak" is one event, the catalog's."""
    assert [(e["date"], e["date_basis"]) for e in of_type(extract(text, "2013-01-10"), "appointment")] == [
        ("2011-02-11", "reference")
    ]


@pytest.mark.parametrize(
    ("text", "kind", "date"),
    [
        # a word of more before من counts a figure: the since still dates the deed going on
        ("وتفرض إسرائيل حصارا على أكثر من مليوني فلسطيني في قطاع غزة منذ عام 2007.", "sanctions", "2007"),
        # more than ever: a comparison, whose since dates nothing
        ("وتشن إسرائيل غارات على سوريا أكثر من أي وقت مضى منذ عام 2011.", "attack", "2019-12-02"),
    ],
)
def test_a_count_of_more_than_is_no_comparison(text, kind, date):
    assert [e["date"] for e in of_type(extract(text, "2019-12-02"), kind)] == [date]
