"""Times whose value hangs on another time the text told before them: a month "of the following
year" ("في مارس من العام التالي"), and a deed spread "over the following days" after a dated one."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.temporal import find_dates


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("سيطر الحوثيون على صنعاء في سبتمبر/أيلول 2014، تبعها تدخل التحالف في مارس/آذار من العام التالي.", "2015-03"),
        ("The Houthis seized Sanaa in September 2014, and the coalition intervened in March of the following year.", "2015-03"),
        ("The Houthis seized Sanaa in September 2014, and the coalition intervened in March the following year.", "2015-03"),
        ("سيطر الحوثيون على صنعاء في سبتمبر 2014، ووقعوا اتفاقا في 21 مارس من السنة التالية.", "2015-03-21"),
        # "that year" stays in the year told
        ("The Houthis seized Sanaa in September 2014 and signed a deal in March of the same year.", "2014-03"),
    ],
)
def test_a_month_of_the_following_year_is_in_the_year_after_the_one_told(text: str, value: str) -> None:
    months = [m.value for m in find_dates(text, "2022-04-03") if m.value[5:7] == "03"]
    assert months == [value]


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        (
            "The hostilities erupted on May 10 when Hamas fired rockets towards Jerusalem. Israel responded with "
            "hundreds of air strikes on the Gaza Strip over the following days, which killed 243 people.",
            "2021-05-21",
            "2021-05",
        ),
        (
            "اندلعت المواجهات في العاشر من مايو/أيار 2021 بعد إطلاق حماس صواريخ نحو القدس. وشنت إسرائيل مئات "
            "الغارات الجوية على قطاع غزة على مدى الأيام التالية، ما أسفر عن مقتل 243 شخصا.",
            "2021-05-21",
            "2021-05",
        ),
        (
            "Protests broke out in Khartoum in December 2018. The security forces carried out raids on "
            "opposition offices over the following months.",
            "2019-08-18",
            "2018",
        ),
    ],
)
def test_a_deed_over_the_following_days_is_in_the_month_of_the_time_told_before(text, published, date):
    dates = [e["date"] for e in extract(text, published) if "following" in e["quote"] or "التالية" in e["quote"]]
    assert dates and all(d == date for d in dates)


def test_a_deed_over_the_following_days_with_no_time_before_keeps_the_publication() -> None:
    events = of_type(extract("Israel launched air strikes on the Gaza Strip over the following days.", "2021-05-21"), "attack")
    assert [e["date"] for e in events] == ["2021-05-21"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "ويأتي الاتفاق بعد أشهر من الاحتجاجات التي انطلقت في ديسمبر/كانون الأول 2018، وتحولت إلى اعتصام "
            "أمام مقر القيادة العامة منذ السادس من أبريل/نيسان.",
            "2019-04-06",
        ),
        (
            "The protests that began in December 2018 turned into a sit-in outside army headquarters on April 6.",
            "2019-04-06",
        ),
        # a deed told as done before the time of the sentence stays in its year
        ("In December 2018 the group showed a video of the men it had kidnapped on April 6.", "2018-04-06"),
        ("في ديسمبر 2018 عرض التنظيم شريطا للرجال الذين كان قد خطفهم في السادس من أبريل.", "2018-04-06"),
        # a later month than the dated one stays in its year
        ("The protests that began in March 2018 turned into a sit-in on April 6.", "2018-04-06"),
        # the next year's date would come after the publication
        ("The protests that began in December 2018 turned into a sit-in on September 6.", "2018-09-06"),
    ],
)
def test_an_earlier_month_told_after_a_dated_one_passes_into_the_next_year(text: str, value: str) -> None:
    days = [m.value for m in find_dates(text, "2019-08-18") if m.precision == "day"]
    assert days == [value]


@pytest.mark.parametrize(
    "text",
    [
        "وفي فبراير 2015 عرض التنظيم 21 رجلا خطفهم في يناير.",
        "In February 2015 the group showed 21 men it kidnapped in January.",
    ],
)
def test_a_month_a_little_before_the_dated_one_stays_in_its_year(text: str) -> None:
    months = [m.value for m in find_dates(text, "2016-05-01") if m.value.endswith("-01")]
    assert months == ["2015-01"]
