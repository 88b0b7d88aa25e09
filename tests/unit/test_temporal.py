"""The dates stage: time expressions found, normalised and resolved against the publication date."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from events.model import TimeMention
from events.temporal import (
    CALENDAR_PATH,
    _either,
    _flat,
    _key,
    _optional_as_branch,
    _units,
    estimate_published,
    find_dates,
    load_calendar,
)
from events.text.normalize import fold

PUB = "2017-06-15"  # a Thursday
ROOT = Path(__file__).resolve().parents[2]


def _only(text: str, published: str | None = PUB, language: str | None = None) -> TimeMention:
    mentions = find_dates(text, published, language)
    assert len(mentions) == 1, mentions
    return mentions[0]


# (text, covered text, value, precision, basis, end value)
ARABIC = [
    ("عقب مقاطعة الرباعي العربي لقطر في يونيو 2017", "يونيو 2017", "2017-06", "month", "explicit", None),
    ("وقع الاتفاق في 5 يونيو 2017 في الدوحة", "5 يونيو 2017", "2017-06-05", "day", "explicit", None),
    ("وصل الوفد في 5 من يونيو", "5 من يونيو", "2017-06-05", "day", "explicit", None),
    ("في الخامس من يونيو وصل الوفد", "الخامس من يونيو", "2017-06-05", "day", "explicit", None),
    ("وفي الحادي والعشرين من مايو أعلن", "الحادي والعشرين من مايو", "2017-05-21", "day", "explicit", None),
    ("وصل يوم 5 يونيو", "5 يونيو", "2017-06-05", "day", "explicit", None),
    ("الاثنين 5 يونيو 2017", "الاثنين 5 يونيو 2017", "2017-06-05", "day", "explicit", None),
    ("الخميس 1 يونيو", "الخميس 1 يونيو", "2017-06-01", "day", "explicit", None),
    ("صدر في 5/6/2017 قرار", "5/6/2017", "2017-06-05", "day", "explicit", None),
    ("بتاريخ 2017-06-05", "2017-06-05", "2017-06-05", "day", "explicit", None),
    ("وقع في ٥ يونيو ٢٠١٧", "٥ يونيو ٢٠١٧", "2017-06-05", "day", "explicit", None),
    ("منذ عام ٢٠١٧", "عام ٢٠١٧", "2017", "year", "explicit", None),
    ("في 2016 وقعت الحرب", "2016", "2016", "year", "explicit", None),
    ("سنة 2016", "سنة 2016", "2016", "year", "explicit", None),
    ("في العام 2015", "العام 2015", "2015", "year", "explicit", None),
    ("منذ مطلع 2015", "مطلع 2015", "2015", "year", "explicit", None),
    ("وفي أواخر 2014 سيطر", "أواخر 2014", "2014", "year", "explicit", None),
    ("منذ أواخر مارس/آذار عام 2015", "أواخر مارس/آذار عام 2015", "2015-03", "month", "explicit", None),
    ("حزيران (يونيو) 2017", "حزيران (يونيو) 2017", "2017-06", "month", "explicit", None),
    ("اقترح الاتحاد في يونيو/حزيران إنشاء", "يونيو/حزيران", "2017-06", "month", "explicit", None),
    ("منذ 10 كانون الثاني/يناير", "10 كانون الثاني/يناير", "2017-01-10", "day", "explicit", None),
    ("منذ جانفي 2016", "جانفي 2016", "2016-01", "month", "explicit", None),
    ("في 7 جوان 2017", "7 جوان 2017", "2017-06-07", "day", "explicit", None),
    ("في التاسع من أغسطس/آب", "التاسع من أغسطس/آب", "2016-08-09", "day", "explicit", None),
    ("الانتخابات المقررة في 17 ديسمبر", "17 ديسمبر", "2017-12-17", "day", "explicit", None),
    ("في مايو الماضي", "مايو الماضي", "2017-05", "month", "relative", None),
    ("في يونيو الماضي", "يونيو الماضي", "2016-06", "month", "relative", None),
    ("في 8 يوليو/تموز الماضي", "8 يوليو/تموز الماضي", "2016-07-08", "day", "relative", None),
    (
        "في 19 يناير/كانون الثاني العام الماضي",
        "19 يناير/كانون الثاني العام الماضي",
        "2016-01-19",
        "day",
        "relative",
        None,
    ),
    ("في أكتوبر/تشرين الأول المقبل", "أكتوبر/تشرين الأول المقبل", "2017-10", "month", "relative", None),
    ("الشهر الماضي", "الشهر الماضي", "2017-05", "month", "relative", None),
    ("خلال الشهر الجاري", "الشهر الجاري", "2017-06", "month", "relative", None),
    ("في العام الماضي", "العام الماضي", "2016", "year", "relative", None),
    ("هذا العام", "هذا العام", "2017", "year", "relative", None),
    ("منذ نهاية العام الماضي", "نهاية العام الماضي", "2016", "year", "relative", None),
    ("الأسبوع الماضي", "الأسبوع الماضي", "2017-06", "month", "relative", None),
    ("أعلن اليوم الخميس", "اليوم الخميس", "2017-06-15", "day", "relative", None),
    ("وقال أمس إن", "أمس", "2017-06-14", "day", "relative", None),
    ("قال البارحة", "البارحة", "2017-06-14", "day", "relative", None),
    ("وصل أول أمس", "أول أمس", "2017-06-13", "day", "relative", None),
    ("يصل غداً إلى", "غداً", "2017-06-16", "day", "relative", None),
    ("صدر بيان صباح اليوم", "صباح اليوم", "2017-06-15", "day", "relative", None),
    ("قصف مساء أمس", "مساء أمس", "2017-06-14", "day", "relative", None),
    ("قصف الجيش أمس الأربعاء مواقع", "أمس الأربعاء", "2017-06-14", "day", "relative", None),
    ("وصل الوفد الأحد", "الأحد", "2017-06-11", "day", "relative", None),
    ("وصل يوم الأحد", "يوم الأحد", "2017-06-11", "day", "relative", None),
    ("أعلن الخميس", "الخميس", "2017-06-15", "day", "relative", None),
    ("الخميس الماضي", "الخميس الماضي", "2017-06-08", "day", "relative", None),
    ("الأحد المقبل", "الأحد المقبل", "2017-06-18", "day", "relative", None),
    ("وسيزور الرئيس بغداد الأحد", "الأحد", "2017-06-18", "day", "relative", None),
    ("منذ ثلاثة أيام", "منذ ثلاثة أيام", "2017-06-12", "day", "relative", None),
    # a weekday after منذ يوم is the day it names, no day ago
    ("يعتصمون منذ يوم الاثنين", "يوم الاثنين", "2017-06-12", "day", "relative", None),
    ("اعتقل منذ يوم واحد", "منذ يوم", "2017-06-14", "day", "relative", None),
    ("وصل قبل يومين", "قبل يومين", "2017-06-13", "day", "relative", None),
    ("وصل قبل نحو عام", "قبل نحو عام", "2016", "year", "relative", None),
    ("زارها قبل حوالي ثلاثة أشهر", "قبل حوالي ثلاثة أشهر", "2017-03", "month", "relative", None),
    ("وقتل الآلاف منذ ما يقارب عامين", "منذ ما يقارب عامين", "2015", "year", "relative", None),
    ("أطلقوا عملية قبل شهرين", "قبل شهرين", "2017-04", "month", "relative", None),
    ("الحرب المستمرة منذ عامين", "منذ عامين", "2015", "year", "relative", None),
    ("زارها في الثاني من الشهر الحالي", "الثاني من الشهر الحالي", "2017-06-02", "day", "relative", None),
    ("حتى اليوم", "اليوم", "2017-06-15", "day", "relative", None),
    ("قال الرئيس اليوم.", "اليوم", "2017-06-15", "day", "relative", None),
    (
        "15 رمضان 1438 هـ الموافق 10 يونيو 2017",
        "15 رمضان 1438 هـ الموافق 10 يونيو 2017",
        "2017-06-10",
        "day",
        "explicit",
        None,
    ),
    ("في رمضان 1438", "رمضان 1438", "2017-06", "month", "explicit", None),
    ("ومنذ مطلع آب تقصف الطائرات المدينة", "مطلع آب", "2016-08", "month", "explicit", None),
    ("وفي أواخر ماي اندلعت المواجهات", "أواخر ماي", "2017-05", "month", "explicit", None),
    ("في عام 1438هـ", "عام 1438هـ", "2017", "year", "explicit", None),
    ("خلال شهر رمضان الماضي", "شهر رمضان الماضي", "2016-06", "month", "relative", None),
    ("بين 2017 و2019", "2017 و2019", "2017", "year", "explicit", "2019"),
    ("من 2017 إلى 2019", "2017 إلى 2019", "2017", "year", "explicit", "2019"),
    ("خطة 2017-2019", "2017-2019", "2017", "year", "explicit", "2019"),
    ("بين عامي 2011 و2014", "عامي 2011 و2014", "2011", "year", "explicit", "2014"),
    ("من 5 إلى 7 يونيو", "5 إلى 7 يونيو", "2017-06-05", "day", "explicit", "2017-06-07"),
    ("يومي 4 و5 يونيو 2017", "4 و5 يونيو 2017", "2017-06-04", "day", "explicit", "2017-06-05"),
    # two days close together joined by "and" tell one stretch, from the first
    ("أجريت الجولة الأولى في 23 و24 مايو 2012", "23 و24 مايو 2012", "2012-05-23", "day", "explicit", "2012-05-24"),
    ("من 2-3-2017 وحتى 16-5-2017", "2-3-2017 وحتى 16-5-2017", "2017-03-02", "day", "explicit", "2017-05-16"),
    ("من يناير إلى أبريل 2017", "يناير إلى أبريل 2017", "2017-01", "month", "explicit", "2017-04"),
]

ENGLISH = [
    ("The minister arrived today.", "today", "2017-06-15", "day", "relative", None),
    ("Officials met yesterday.", "yesterday", "2017-06-14", "day", "relative", None),
    ("He said on Friday that", "Friday", "2017-06-09", "day", "relative", None),
    ("Troops withdrew last Friday.", "last Friday", "2017-06-09", "day", "relative", None),
    ("A delegation arrives next Friday.", "next Friday", "2017-06-16", "day", "relative", None),
    ("The army attacked last week.", "last week", "2017-06", "month", "relative", None),
    ("Parliament voted last month.", "last month", "2017-05", "month", "relative", None),
    ("There were elections last year.", "last year", "2016", "year", "relative", None),
    ("This year the economy grew.", "This year", "2017", "year", "relative", None),
    ("A bomb exploded three days ago.", "three days ago", "2017-06-12", "day", "relative", None),
    ("The talks began two weeks ago.", "two weeks ago", "2017-06", "month", "relative", None),
    ("They met on Jan 2 in Doha.", "Jan 2", "2017-01-02", "day", "explicit", None),
    ("They met on Jan. 2 in Doha.", "Jan. 2", "2017-01-02", "day", "explicit", None),
    ("Hundreds were held on April 25 last year.", "April 25 last year", "2016-04-25", "day", "relative", None),
    ("They met on Jan. 14 of last year.", "Jan. 14 of last year", "2016-01-14", "day", "relative", None),
    ("He is due on Oct. 3 next year.", "Oct. 3 next year", "2018-10-03", "day", "relative", None),
    # A day of a month named with "this month" after it is that day, as «الثاني من يونيو الجاري» is.
    ("On June 2 this month the UAE sent forces.", "June 2 this month", "2017-06-02", "day", "relative", None),
    ("On 2 June this month the UAE sent forces.", "2 June this month", "2017-06-02", "day", "relative", None),
    ("وفي الثاني من يونيو/حزيران الجاري أرسلت الإمارات قوات", "الثاني من يونيو/حزيران الجاري", "2017-06-02", "day", "relative", None),
    ("Militants seized the town at the start of the month.", "the start of the month", "2017-06", "month", "relative", None),
    ("Talks resumed at the beginning of the year.", "the beginning of the year", "2017", "year", "relative", None),
    ("The offensive began on Sept. 5, 2016.", "Sept. 5, 2016", "2016-09-05", "day", "explicit", None),
    ("They met on January 2, 2017 in Doha.", "January 2, 2017", "2017-01-02", "day", "explicit", None),
    ("They met on 2 January 2017.", "2 January 2017", "2017-01-02", "day", "explicit", None),
    ("They met on the 2nd of January 2017.", "the 2nd of January 2017", "2017-01-02", "day", "explicit", None),
    ("The deal collapsed in 2016.", "2016", "2016", "year", "explicit", None),
    ("The boycott began in June 2017.", "June 2017", "2017-06", "month", "explicit", None),
    ("By mid-2017 it was total.", "mid-2017", "2017", "year", "explicit", None),
    ("Clashes erupted in early June.", "early June", "2017-06", "month", "explicit", None),
    ("The vote was held last June.", "last June", "2016-06", "month", "relative", None),
    ("Fighting went on between 2017 and 2019.", "2017 and 2019", "2017", "year", "explicit", "2019"),
    ("They met from 5 to 7 June 2017.", "5 to 7 June 2017", "2017-06-05", "day", "explicit", "2017-06-07"),
    ("The summit on June 5-7, 2017 ended.", "June 5-7, 2017", "2017-06-05", "day", "explicit", "2017-06-07"),
    ("The vote was held on 23 and 24 May 2012.", "23 and 24 May 2012", "2012-05-23", "day", "explicit", "2012-05-24"),
    ("On Monday, June 5, 2017, ties were cut.", "Monday, June 5, 2017", "2017-06-05", "day", "explicit", None),
    ("The 2nd of this month was calm.", "The 2nd of this month", "2017-06-02", "day", "relative", None),
    ("Earlier this month, officials met.", "Earlier this month", "2017-06", "month", "relative", None),
]


@pytest.mark.parametrize(("text", "covered", "value", "precision", "basis", "end_value"), ARABIC + ENGLISH)
def test_time_expression(
    text: str, covered: str, value: str, precision: str, basis: str, end_value: str | None
) -> None:
    m = _only(text)
    assert (m.text, m.value, m.precision, m.basis, m.end_value) == (covered, value, precision, basis, end_value)
    assert text[m.start : m.end] == m.text
    assert not m.recurring


@pytest.mark.parametrize(
    "text",
    [
        "بمناسبة اليوم الوطني للجمهورية التركية",
        "احتفل العالم باليوم العالمي لحقوق الإنسان",
        "فعاليات يوم الأرض",
        "اللجنة العسكرية المشتركة 5 + 5 في جنيف",
        "لجنة 5+5 العسكرية",
        "قتل 5 آلاف شخص",
        "أصيب في الهجوم 2017 شخصا",
        "وقع الانفجار في 2000 موقع",
        "قال الأمين العام للأمم المتحدة",
        "تغير الرأي العام",
        "وقال الأمين العام الحالي",
        "خلال الأيام الماضية",
        "تبنى مجلس الأمن القرار 2254",
        "اتصلوا على الرقم 0096 555 1234 أو 050-123-4567",
        "ارتفع بنسبة 15% و5.5%",
        "وفي اليوم التالي انسحبت القوات",
        "قوات تركيا تواجه اليوم الأشد دموية",
        "قالت قناة روسيا اليوم",
        "منذ ذلك اليوم",
        "ونحن في أمس الحاجة للمزيد",
        "وقالت ماي إن بريطانيا",
        "في ذكرى ثورة 25 يناير",
        "لحرب أكتوبر التي اندلعت",
        "أدى المصلون صلاة الجمعة",
        "بعد صلاة الجمعة من كل أسبوع",
        "وأفتخر بالاثنين معا",
        "مارس الضغط على الحكومة",
        "القبض على والده رمضان عبيدي",
        "Theresa May said the deal would pass.",
        "You may go, and we march on.",
        "Resolution 2254 was adopted; he got 2017 votes.",
        "The blast left 2017 killed and 300 wounded.",
        "The bill passed with a total of 2017 votes.",
        "Around 2000 people marched in the capital.",
        "Police arrested a leader of the April 6 Youth Movement.",
        "The March 14 alliance won the most seats.",
        "Veterans of the February 17 revolution gathered.",
    ],
)
def test_no_time_expression(text: str) -> None:
    assert find_dates(text, PUB) == []


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("القرار رقم 2254 لعام 2015", "2254"),
        ("الأسبوع الثاني من شهر شباط/فبراير الحالي", "2017-02-02"),
        ("ثورة 25 يناير 2011", "2017-01-25"),
    ],
)
def test_no_mention_with_value(text: str, absent: str) -> None:
    assert all(not m.value.startswith(absent) for m in find_dates(text, PUB))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "this month" right after a day of a month makes one day; apart from it, it dates the month alone
        ("On June 2 this month the UAE sent forces.", [("June 2 this month", "2017-06-02")]),
        ("وفي الثاني من يونيو الجاري أرسلت الإمارات قوات", [("الثاني من يونيو الجاري", "2017-06-02")]),
        ("They met on June 2, and this month the talks resume.", [("June 2", "2017-06-02"), ("this month", "2017-06")]),
        (
            "التقيا في الثاني من يونيو، وفي الشهر الجاري تستأنف المحادثات",
            [("الثاني من يونيو", "2017-06-02"), ("الشهر الجاري", "2017-06")],
        ),
    ],
)
def test_this_month_after_a_day(text: str, found: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in find_dates(text, PUB)] == found


@pytest.mark.parametrize(
    ("text", "covered", "value"),
    [
        ("بمناسبة اليوم الوطني للجمهورية التركية الذي يوافق 29 أكتوبر من كل عام", "29 أكتوبر من كل عام", "2016-10-29"),
        ("يحتفل به سنويا في 29 أكتوبر", "29 أكتوبر", "2016-10-29"),
        ("The national day is celebrated every year on 29 October.", "29 October", "2016-10-29"),
        ("It is marked annually on 29 October.", "29 October", "2016-10-29"),
    ],
)
def test_recurring(text: str, covered: str, value: str) -> None:
    m = _only(text)
    assert m.recurring
    assert (m.text, m.value) == (covered, value)


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # a sentence that looks forward: the next such day on or after publication
        ("الانتخابات المقررة في 12 مايو", "2018-03-01", "2018-05-12"),
        ("ستعقد القمة في 12 مايو", "2018-03-01", "2018-05-12"),
        ("The vote will be held on May 12.", "2018-03-01", "2018-05-12"),
        ("Iraq holds elections due on May 12.", "2018-03-01", "2018-05-12"),
        ("The summit is scheduled for 12 May.", "2018-03-01", "2018-05-12"),
        ("The summit is set to take place on May 12.", "2018-03-01", "2018-05-12"),
        ("The summit is set for May 12.", "2018-03-01", "2018-05-12"),
        ("The elections next May 12 are important.", "2018-03-01", "2018-05-12"),
        ("The next day, May 12, protesters gathered.", "2018-03-01", "2017-05-12"),
        # a verb in the present of an event being held: this year's day, still to come
        ("وتجري الانتخابات البرلمانية العراقية في 12 مايو", "2018-03-01", "2018-05-12"),
        ("ويصوت الناخبون في 12 مايو", "2018-03-01", "2018-05-12"),
        ("Iraq holds parliamentary elections on May 12.", "2018-03-01", "2018-05-12"),
        ("The vote takes place on 12 May.", "2018-03-01", "2018-05-12"),
        ("السماح للنساء بقيادة السيارات اعتبارا من شهر يونيو", "2018-03-08", "2018-06"),
        ("The ban is lifted effective June 24.", "2018-03-08", "2018-06-24"),
        ("ألغي القرار اعتبارا من 5 يناير", "2018-03-08", "2018-01-05"),
        ("The ban was lifted effective January 5.", "2018-03-08", "2018-01-05"),
        # ... but a day gone by this year stays this year's, and a past auxiliary keeps the past
        ("تجري الانتخابات في 12 فبراير", "2018-03-01", "2018-02-12"),
        ("وكانت الانتخابات تجري في 12 مايو", "2018-03-01", "2017-05-12"),
        ("The elections were held on May 12.", "2018-03-01", "2017-05-12"),
        ("ويجري التحقيق في الهجوم الذي وقع في 12 مايو", "2018-03-01", "2017-05-12"),
        ("The inquiry opens into raids which began on May 12.", "2018-03-01", "2017-05-12"),
        # a past one, or no word of the future: the latest on or before publication
        ("وجرت الانتخابات في 12 مايو", "2018-03-01", "2017-05-12"),
        ("The election held on May 12 was peaceful.", "2018-03-01", "2017-05-12"),
        ("The election held on May 12 was peaceful.", "2018-06-01", "2018-05-12"),
        ("The troops were set upon by gunmen on May 12.", "2018-03-01", "2017-05-12"),
    ],
)
def test_the_year_of_a_day_told_without_one(text: str, published: str, value: str) -> None:
    assert _only(text, published).value == value


def test_the_base_visit_article() -> None:
    path = ROOT / "assets" / "corpus" / "turkey-qatar-base-visit.txt"
    text = path.read_text(encoding="utf-8")
    mentions = find_dates(text, "2020-11-20")
    assert [(m.text, m.value, m.precision, m.recurring) for m in mentions] == [
        ("29 أكتوبر من كل عام", "2020-10-29", "day", True),
        ("يونيو 2017", "2017-06", "month", False),
    ]


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("أطلقت الحملة في 15 مايو الماضي", "2018-05-15", "day"),
        ("أعلن أمس", "2018-06-04", "day"),
        ("وقع الاتفاق الأحد", "2018-06-03", "day"),
        ("في يونيو الماضي", "2017-06", "month"),
    ],
)
def test_relative_follows_the_publication_date(text: str, value: str, precision: str) -> None:
    m = _only(text, "2018-06-05")
    assert (m.value, m.precision) == (value, precision)


@pytest.mark.parametrize(
    "text", ["أعلن أمس", "الأحد الماضي", "الشهر الماضي", "منذ ثلاثة أيام", "في 5 يونيو", "yesterday"]
)
def test_relative_needs_a_publication_date(text: str) -> None:
    assert find_dates(text, None) == []


def test_explicit_without_publication_date() -> None:
    m = _only("وقع الاتفاق في 5 يونيو 2017", None)
    assert (m.value, m.basis) == ("2017-06-05", "explicit")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("بث التنظيم في فبراير 2015 شريطا يظهر 21 رجلا خطفوا في كانون الثاني/يناير من العام نفسه", "2015-01"),
        ("In February 2015 the group released a video of 21 men it had kidnapped in January of the same year", "2015-01"),
        ("وهو أول حفل منذ 2011 بعدما هاجم متظاهرون مبناها في أيلول/سبتمبر من نفس العام", "2011-09"),
        # with no year before it in its sentence, the publication's year
        ("خطفوا في كانون الثاني/يناير. وفي 2015 بث التنظيم شريطا", "2018-01"),
    ],
)
def test_a_month_without_a_year_takes_the_year_its_sentence_gave(text: str, value: str) -> None:
    months = [m for m in find_dates(text, "2018-05-15") if m.precision == "month" and m.value.endswith(("-01", "-09"))]
    assert [m.value for m in months] == [value]


def test_range_lends_its_year_to_its_start() -> None:
    m = _only("from 5 June to 7 July 2016", None)
    assert (m.value, m.end_value) == ("2016-06-05", "2016-07-07")


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("on 06/05/2017", "en", "2017-06-05"),
        ("في 06/05/2017", "ar", "2017-05-06"),
        ("on 25/12/2016", "en", "2016-12-25"),
    ],
)
def test_numeric_order_follows_the_language(text: str, language: str, value: str) -> None:
    assert _only(text, PUB, language).value == value


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("Le sommet a eu lieu le 5 juin 2017 à Paris.", "2017-06-05", "day"),
        ("Il est parti en juin 2017.", "2017-06", "month"),
    ],
)
def test_other_languages_go_through_dateparser(text: str, value: str, precision: str) -> None:
    m = _only(text, PUB, "fr")
    assert (m.value, m.precision) == (value, precision)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقع الاتفاق في 5 يونيو 2017 ثم في 7 يونيو 2017 أعلن", "2017-06-07"),
        ("بدأت الأزمة في يونيو 2017 واستمرت", "2017-06-30"),
        ("في عام 2017 ومنذ 3 مارس 2016", "2016-03-03"),
        ("قال أمس إن الوضع مستقر", None),
        ("no dates here", None),
    ],
)
def test_estimate_published(text: str, expected: str | None) -> None:
    assert estimate_published(text) == expected


def test_prefolded_text_gives_the_same_mentions() -> None:
    text = "أعلنت الكويت اليوم الأحد، بعد زيارة في 5 يونيو 2017، أنها ستواصل مساعيها منذ الشهر الماضي"
    assert find_dates(text, PUB, "ar", folded=fold(text)) == find_dates(text, PUB, "ar")


def test_calendar_data_names_its_source_and_is_cached() -> None:
    raw = json.loads(CALENDAR_PATH.read_text(encoding="utf-8"))
    assert raw["_source"].strip()
    assert load_calendar() is load_calendar()


@pytest.mark.parametrize(
    ("source", "rewritten"),
    [
        ("(?:ab)?c", "(?:ab|)c"),
        ("(?P<x>a)?b", "(?:(?P<x>a)|)b"),
        ("(?:a(?:b)?)?", "(?:a(?:b|)|)"),
        (r"[)?]?\)?(?:c)?", r"[)?]?\)?(?:c|)"),
        ("(?:a)??(?:b)?+(?=c)?", "(?:a)??(?:b)?+(?=c)?"),
    ],
)
def test_optional_groups_are_written_as_alternations(source: str, rewritten: str) -> None:
    assert _optional_as_branch(source) == rewritten


def test_word_alternation_as_prefix_tree_matches_like_the_flat_list() -> None:
    words = ["مايو", "ماي", "مارس", "الحادي و العشرين", "الحادي والعشرين", "mid-june", "mid june", "mid"]
    units = [_units(_key(word)) for word in words]
    tree = re.compile(_either(units) + r"(?!\w)")
    flat = re.compile(_flat([tuple(u) for u in units]) + r"(?!\w)")
    assert tree.pattern.startswith("(?:(?:mid") and "ما(?:" in tree.pattern
    for text in ["مايو", "ماي", "مايوم", "مارس 2017", "الحادي  والعشرين", "mid-june", "mid  june", "mid", "midjune"]:
        a, b = tree.match(text), flat.match(text)
        assert (a and a.group()) == (b and b.group()), text


def test_master_pattern_has_no_optional_group() -> None:
    pattern = load_calendar().pattern
    plain = re.sub(r"\\.|\[(?:\\.|[^\]])*\]", "_", pattern.pattern)  # escapes and classes out of the way
    assert re.search(r"\)\?(?![?+])", plain) is None
    assert {"dy_mon", "mo_year", "wd_mod"} <= set(pattern.groupindex)


# fmt: off
WORDS = [
    "يونيو", "حزيران", "2017", "٢٠١٧", "5", "من", "إلى", "و", "بين", "أمس", "اليوم", "الوطني", "الخميس",
    "الماضي", "المقبل", "الشهر", "العام", "عام", "منذ", "قبل", "أيام", "رمضان", "1438", "هـ", "الموافق",
    "كل", "سنويا", "/", "-", "(", ")", "،", ".", "5 + 5", "June", "May", "last", "Friday", "ago", "\n",
]
# fmt: on
TEXT = st.one_of(
    st.text(max_size=200),
    st.lists(
        st.sampled_from(WORDS) | st.text(alphabet="ابتجحدرسشعفقلمنهويىةأإآ ٠١٢٣0123456789/-.,%+", max_size=6),
        max_size=40,
    ).map(" ".join),
)
ISO = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
LENGTH = {"year": 4, "month": 7, "day": 10}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, st.sampled_from([None, "2017-06-15", "2020-01-01", "2018-12-31"]), st.sampled_from([None, "ar", "en"]))
def test_any_text_gives_valid_mentions(text: str, published: str | None, language: str | None) -> None:
    mentions = find_dates(text, published, language)
    assert mentions == sorted(mentions, key=lambda m: (m.start, m.end))
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert ISO.match(m.value) and len(m.value) == LENGTH[m.precision]
        assert m.end_value is None or ISO.match(m.end_value)
        assert m.basis in ("explicit", "relative")


@pytest.mark.parametrize(
    ("text", "covered", "value"),
    [
        ("upheld death sentences over the 2013 Rabaa sit-in", "2013", "2013"),
        ("the anniversary of the 2011 revolution", "2011", "2011"),
        ("talks to revive the 2015 nuclear deal", "2015", "2015"),
        # Arabic names the year with a noun before it, as before
        ("المحكوم عليهم في قضية فض اعتصام رابعة عام 2013", "عام 2013", "2013"),
    ],
)
def test_a_year_between_the_article_and_a_noun_dates_it(text: str, covered: str, value: str) -> None:
    found = [m for m in find_dates(text, PUB) if m.value == value]
    assert len(found) == 1 and text[found[0].start : found[0].end] == covered, find_dates(text, PUB)


@pytest.mark.parametrize(
    "text",
    ["the 2000 troops deployed", "the 2017 votes he got", "the 1500 people who fled", "The 2254 resolution"],
)
def test_a_count_after_the_article_is_no_year(text: str) -> None:
    assert find_dates(text, PUB) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a weekday a measure takes effect from is the coming one (published on Monday 5 June 2017)
        ("علقت الإمارات الرحلات اعتبارا من صباح الثلاثاء", "2017-06-06"),
        ("علقت الإمارات الرحلات ابتداءً من يوم الخميس", "2017-06-08"),
        ("The UAE suspended flights starting Tuesday", "2017-06-06"),
        ("The ban is in force as of Friday", "2017-06-09"),
        # guards: a bare weekday is the latest such day; today taking effect is today
        ("علقت الإمارات الرحلات يوم الثلاثاء", "2017-05-30"),
        ("The UAE suspended flights on Tuesday", "2017-05-30"),
        ("علقت الإمارات الرحلات اعتبارا من الاثنين", "2017-06-05"),
    ],
)
def test_a_weekday_of_taking_effect_is_still_to_come(text: str, value: str) -> None:
    assert _only(text, "2017-06-05").value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a year before a verb with its object: the clause's time, not a count of the killed
        ("A deadly clash in 2020 killed 20 Indian soldiers.", "2020"),
        ("Floods in 2019 killed more than 300 people.", "2019"),
        # after an English preposition of time, before a noun that may be counted
        ("In 2011 troops from Saudi Arabia entered Bahrain.", "2011"),
        ("Since 2014 soldiers have guarded the border.", "2014"),
        ("In 2019 people took to the streets of Khartoum.", "2019"),
    ],
)
def test_a_year_before_a_verb_with_its_object_is_a_year(text: str, value: str) -> None:
    assert [m.value for m in find_dates(text, PUB)] == [value]


@pytest.mark.parametrize("text", ["هاجموا القاعدة في 3 و19 مايو 2012", "attacks on 3 and 19 May 2012", "من 5 و6 أشخاص في 23 و24 مايو"])
def test_days_far_apart_or_counts_make_no_stretch(text: str) -> None:
    # days far apart are two days, not a stretch; a count of people before the days is no day
    assert all(m.end_value is None or m.value == "2012-05-23" for m in find_dates(text, "2012-06-01"))
    assert all(m.end_value != "2012-05-19" for m in find_dates(text, "2012-06-01"))
