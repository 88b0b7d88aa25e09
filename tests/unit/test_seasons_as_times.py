"""A season named with a modifier is a time: "last summer", "this spring", "الصيف الماضي",
"الربيع المقبل" are the year the season falls in (the past one is this year's once its last
month is over), while a bare season ("the Arab Spring", "الربيع العربي") names none. A
catalogued event whose noun a year of that kind closes, told in a relative clause on that noun
("last summer's war in Gaza, in which 2,200 people were killed", "الحرب على غزة صيف 2014، التي
أسفرت عن استشهاد"), is dated to that year, as the text tells it."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.temporal import find_dates


@pytest.mark.parametrize(
    ("text", "published", "language", "covered", "value"),
    [
        ("The war in Gaza last summer killed 2,200 people.", "2015-04-01", "en", "last summer", "2014"),
        ("The talks resumed last summer.", "2015-10-01", "en", "last summer", "2015"),
        ("Elections are due next spring.", "2015-10-01", "en", "next spring", "2016"),
        ("Elections are due next spring.", "2015-01-10", "en", "next spring", "2015"),
        ("Protests spread this summer.", "2015-04-01", "en", "this summer", "2015"),
        ("Protests were dispersed last fall.", "2015-04-01", "en", "last fall", "2014"),
        ("وشنت إسرائيل حربا على غزة في الصيف الماضي.", "2015-04-01", "ar", "الصيف الماضي", "2014"),
        ("وجرت الانتخابات الربيع الماضي.", "2019-09-01", "ar", "الربيع الماضي", "2019"),
        ("وتجري الانتخابات في الخريف المقبل.", "2019-09-01", "ar", "الخريف المقبل", "2020"),
    ],
)
def test_a_season_with_a_modifier_is_its_year(text, published, language, covered, value):
    found = find_dates(text, published, language)
    assert [(d.text, d.value, d.precision) for d in found] == [(covered, value, "year")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Arab Spring toppled four rulers.", "en"),
        ("It was the last fall of the city to the rebels.", "en"),
        ("أطاح الربيع العربي بأربعة حكام.", "ar"),
    ],
)
def test_a_season_without_a_modifier_names_no_time(text, language):
    assert find_dates(text, "2015-04-01", language) == []


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        (
            "Under a declaration lodged with the accession, the court has jurisdiction over crimes committed "
            "in the occupied territories since June 13, 2014, a period that includes last summer's 50-day war "
            "in Gaza, in which more than 2,200 Palestinians and 73 people on the Israeli side were killed.",
            "2015-04-01",
            "2014",
        ),
        (
            "ويتوقع أن تتركز أي تحقيقات محتملة على الحرب الإسرائيلية على قطاع غزة صيف 2014، التي استمرت 51 يوما "
            "وأسفرت عن استشهاد أكثر من 2200 فلسطيني.",
            "2020-01-10",
            "2014",
        ),
    ],
)
def test_a_catalogued_war_told_in_a_relative_clause_takes_the_year_of_its_noun(text, published, date):
    events = of_type(extract(text, published), "attack")
    assert [e["date"] for e in events] == [date]
    assert all(e["reference_id"] is not None for e in events)
