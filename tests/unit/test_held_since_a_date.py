"""A person held since a date is an arrest that began on that date: a participle of detention
followed by منذ ("المعارض المحتجز منذ 2016", "الناشط المعتقل منذ سبتمبر الماضي", "المدون المسجون
منذ عام 2014"), a state of detention ("قيد الحبس الاحتياطي منذ 2016", "رهن الاعتقال منذ ...") and
the verb of staying in prison ("يقبع في السجن منذ 2016"). Held for a span of years ("المعتقل منذ
عامين", "يقبع في السجن منذ سنوات") tells how long, not when: no event of a day; nor is a place of
detention ("المعتقل منذ افتتاحه") anybody held, nor are hostages or a ship held since a date
("الرهائن المحتجزون منذ 2014", "الناقلة المحتجزة منذ يوليو") arrested."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

APRIL = "2018-04-15"  # a Sunday


@pytest.mark.parametrize(
    ("text", "date", "country"),
    [
        # a participle of detention and the date the detention began
        ("ومنحت البلدية المعارض البحريني المحتجز منذ 2016 لقب مواطن شرف.", "2016", "BHR"),
        ("وبدأ الناشط المصري المعتقل منذ سبتمبر الماضي إضرابا عن الطعام.", "2017-09", "EGY"),
        ("وبدأ الناشط المصري المسجون منذ عام 2014 إضرابا عن الطعام.", "2014", "EGY"),
        ("وتوفيت الصحفية الإيرانية المعتقلة منذ مارس 2017 في أحد سجون طهران.", "2017-03", "IRN"),
        # a state of detention
        ("وخاض المرشح التركي حملته من السجن حيث هو قيد الحبس الاحتياطي منذ 2016.", "2016", "TUR"),
        ("ولا يزال الصحفي الأردني قيد الاعتقال منذ يونيو 2017.", "2017-06", "JOR"),
        # the verb of staying in prison, the subject between
        ("ويقبع المعارض البحريني في السجن منذ 2016.", "2016", "BHR"),
        ("والمعارض البحريني يقبع في السجن منذ عام 2016.", "2016", "BHR"),
        # a few words between the participle and منذ, or between the prison and منذ
        ("والأسير الفلسطيني خليل العواودة معتقل إداريا لدى إسرائيل منذ ديسمبر 2017.", "2017-12", "ISR"),
        ("والأسير الفلسطيني خليل العواودة محتجز في سجن عوفر الإسرائيلي منذ ديسمبر 2017.", "2017-12", "ISR"),
        ("ويقبع الأسير الفلسطيني خليل العواودة في الاعتقال الإداري الإسرائيلي منذ ديسمبر 2017.", "2017-12", "ISR"),
    ],
)
def test_held_since_a_date_is_an_arrest_of_that_date(text, date, country):
    found = of_type(extract(text, APRIL), "arrest")
    assert [e["date"] for e in found] == [date], found
    assert country in found[0]["countries"], found


@pytest.mark.parametrize(
    "text",
    [
        # a vague span of years: how long, not when (an exact count dates the onset:
        # test_standing_states_ar.py)
        "وبدأ الناشط المصري المعتقل منذ أكثر من ثلاث سنوات إضرابا عن الطعام.",
        "ويقبع المعارض البحريني في السجن منذ سنوات.",
        # the detention camp, nobody held
        "وقال إن المعتقل منذ افتتاحه استقبل مئات السجناء.",
        # hostages held by an armed group, a tanker held: no arrest
        "وتحدث الرهائن الفرنسيون المحتجزون منذ 2014 في سوريا.",
        "وأبحر طاقم الناقلة البريطانية المحتجزة منذ يوليو الماضي في إيران.",
        "ولا تزال الناقلة البريطانية محتجزة في ميناء بندر عباس الإيراني منذ يوليو الماضي.",
        "ولا يزال الرهائن الفرنسيون محتجزين لدى التنظيم في سوريا منذ 2014.",
    ],
)
def test_held_for_a_span_of_years_or_a_camp_is_no_arrest_of_a_day(text):
    assert of_type(extract(text, APRIL), "arrest") == []
