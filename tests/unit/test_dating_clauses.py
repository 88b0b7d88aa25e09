"""Which clause's date dates an event: since a date, a charge, a body's name (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        # since a date after the event word: the time the ongoing event began
        ("ويشن التحالف عملية عسكرية منذ أواخر مارس/آذار عام 2015 ضد الحوثيين في اليمن.", "attack", "2015-03"),
        ("ويقدم البنتاغون منذ عام 2015 دعما غير قتالي للمملكة العربية السعودية.", "aid", "2015"),
        ("The coalition has waged a military campaign against the Houthis in Yemen since March 2015.", "attack", "2015-03"),
    ],
)
def test_since_a_date_dates_the_ongoing_event(text, event_type, date):
    found = of_type(extract(text, "2018-08-12"), event_type)
    assert found and found[0]["date"] == date, found


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a comparison: the largest protests since 2012 are today's
        ("وخرجت الاحتجاجات في طهران، وتعد المظاهرات الأكبر في إيران منذ عام 2012.", "protest"),
        ("Protesters marched in Tehran, in the largest protests in Iran since 2012.", "protest"),
    ],
)
def test_since_after_a_comparison_is_not_the_events_date(text, event_type):
    found = of_type(extract(text, "2018-06-26"), event_type)
    assert found and all(e["date"] != "2012" for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        "حكم بإعدام عبد الله السنوسي في ليبيا بتهمة قتل متظاهرين عام 2011",
        "A Libyan court sentenced Abdullah al-Senussi to death on charges of killing protesters in 2011.",
    ],
)
def test_a_date_in_the_charge_dates_the_deed_not_the_sentence(text):
    found = of_type(extract(text, "2018-08-30"), "arrest")
    assert found and found[0]["date"] == "2018-08-30", found


@pytest.mark.parametrize(
    "text",
    [
        "وأعلنت المفوضية العليا للانتخابات في العراق الخميس أن نحو 24.5 مليون ناخب يحق لهم التصويت.",
        "وقالت الهيئة الوطنية للانتخابات في مصر إن نسبة المشاركة بلغت 41 بالمئة.",
    ],
)
def test_a_body_named_with_an_adjective_is_not_an_election(text):
    assert not of_type(extract(text, "2018-05-10"), "election"), extract(text, "2018-05-10")


def test_since_a_date_in_another_clause_does_not_date_the_event():
    text = (
        "وكان المجلس قد أكد مخاوف الإمارات بسبب العمليات العسكرية القطرية، وذلك في ضوء اقتراب "
        "مقاتلاتها من طائرات مدنية منذ بداية العام 2018."
    )
    found = of_type(extract(text, "2018-05-17"), "attack")
    assert found and found[0]["date"] == "2018-05-17", found


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a relative clause set off by commas: the date after its closing comma is the event's
        (
            "وكان التنظيم المتطرف شن هجوما داميا على محافظة السويداء، التي ظلت بمنأى عن النزاع السوري "
            "إلى حد كبير، في 25 تموز/ يوليو الماضي، أوقع أكثر من 250 قتيلا.",
            "2018-07-25",
        ),
        (
            "The militants attacked Sweida province in Syria, which had been largely spared by the war, "
            "on July 25, killing more than 250 people.",
            "2018-07-25",
        ),
        # a date inside the aside is still the aside's own
        ("وقصفت الطائرات مطار أبها في السعودية، الذي افتتح عام 2010، وأوقعت قتلى.", "2018-08-05"),
        # the clause goes on after the aside with its object's preposition: the date a few words on
        (
            "وسيطرت قوات سوريا الديمقراطية، التي تشكل الوحدات الكردية عمادها، على مدينة منبج في 12 يوليو "
            "إثر معارك استمرت أكثر من شهرين.",
            "2018-07-12",
        ),
        ("وجاء ذلك بعد سيطرة الفصائل، التي تدعمها أنقرة، على مدينة عفرين في 18 يوليو.", "2018-07-18"),
    ],
)
def test_a_date_after_a_relative_aside_dates_the_event(text, date):
    found = of_type(extract(text, "2018-08-05"), "attack")
    assert found and found[0]["date"] == date, found


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the clause of the verb, interrupted by a relative aside, goes on after it: its time holds
        (
            "دمشق - أعلن الوزير اليوم النتائج. وكان الرئيس السوري قد توفي في العاشر من حزيران الماضي. "
            "وفي اليوم التالي أصدر نائب الرئيس السوري، الذي تولى مهام الرئاسة بالوكالة، مرسوما برفع بشار "
            "إلى رتبة فريق وتعيينه قائدا عاما للجيش.",
            "2000-06-11",
        ),
        # an object that begins with ف or و is no conjunction
        (
            "دمشق - أعلن الوزير اليوم النتائج. وكان الرئيس السوري قد توفي في العاشر من حزيران الماضي. "
            "وفي اليوم التالي أصدر نائب الرئيس السوري، الذي تولى مهام الرئاسة بالوكالة، فرمانا برفع بشار "
            "إلى رتبة فريق وتعيينه قائدا عاما للجيش.",
            "2000-06-11",
        ),
        # a clause of its own after the aside (و): not the time before it, even a verb of many
        # doers ending in an alef (واعتقلوا)
        (
            "دمشق - أعلن الوزير اليوم النتائج. وفي 11 حزيران عاد نائب الرئيس السوري إلى دمشق، الذي يضم "
            "الوزارات، وعينوا بشار قائدا عاما للجيش.",
            "2000-07-11",
        ),
        (
            "دمشق - أعلن الوزير اليوم النتائج. وفي 11 حزيران عاد نائب الرئيس السوري، الذي تولى مهام "
            "الرئاسة بالوكالة، وأصدر اليوم مرسوما بتعيين بشار قائدا عاما للجيش.",
            "2000-07-11",
        ),
    ],
)
def test_a_date_before_a_relative_aside_dates_the_clause_it_interrupts(text, date):
    assert [e["date"] for e in of_type(extract(text, "2000-07-11"), "appointment")] == [date]


@pytest.mark.parametrize(
    ("text", "event_type", "kept"),
    [
        # told in the present beside a weekday days before the publication: the coming one, a plan
        ("يؤدي الرئيس المصري عبد الفتاح السيسي، السبت، اليمين الدستورية لفترته الرئاسية الثانية أمام مجلس النواب.", "appointment", False),
        ("يزور الرئيس التركي رجب طيب أردوغان، الأحد، العاصمة القطرية الدوحة.", "visit", False),
        # in English, a plural noun reads as a present verb: nothing is dropped
        ("The clashes broke out on Saturday in the southern suburbs of the Libyan capital Tripoli.", "attack", True),
        ("The attacks on Saturday killed 20 people in the Libyan capital Tripoli.", "attack", True),
        # told in the past, it happened on the weekday before
        ("أدى الرئيس المصري عبد الفتاح السيسي اليمين الدستورية أمام مجلس النواب السبت.", "appointment", True),
        ("زار الرئيس التركي رجب طيب أردوغان الأحد العاصمة القطرية الدوحة.", "visit", True),
        ("Turkish President Erdogan visited Qatar on Sunday for talks with the emir.", "visit", True),
        # the day before the publication may be told in the present still
        ("يزور الرئيس التركي رجب طيب أردوغان، الاثنين، العاصمة القطرية الدوحة.", "visit", True),
    ],
)
def test_a_present_verb_with_a_bare_weekday_is_the_coming_day(text, event_type, kept):
    found = of_type(extract(text, "2018-05-29"), event_type)
    assert bool(found) == kept, found


@pytest.mark.parametrize(
    "text",
    [
        # the deed a verdict punishes does not take the verdict's place; it keeps its own date
        "أصدرت محكمة مصرية السبت حكما بالسجن المؤبد على محمد بديع بسبب اعتصام رابعة في 2013.",
        "قضت محكمة جنايات القاهرة، السبت، بإعدام 75 قياديا بسبب مشاركتهم في اعتصام رابعة العدوية عام 2013.",
        "An Egyptian court on Saturday sentenced Mohamed Badie to death over a sit-in in Cairo in 2013.",
    ],
)
def test_a_verdict_is_not_lost_to_the_deed_it_punishes(text):
    found = extract(text, "2018-09-09")
    assert [e["date"] for e in of_type(found, "arrest")] == ["2018-09-08"], found
    assert [e["date"] for e in of_type(found, "protest")] == ["2013"], found


@pytest.mark.parametrize(
    "text",
    [
        # the definite event word of a sentence that names no country is the one told before,
        # and its own weekday dates it
        "تقول السلطات الليبية إن عشرات الأشخاص قتلوا هذا الأسبوع في اشتباكات بين المليشيات في العاصمة، طرابلس.\n"
        "واندلعت الاشتباكات، الإثنين، في الضواحي الجنوبية للمدينة.",
        "Dozens of people were killed this week in clashes between rival militias in the Libyan capital Tripoli.\n"
        "The clashes broke out on Monday in the southern suburbs of the city.",
    ],
)
def test_a_definite_event_word_without_a_country_takes_the_one_told_before(text):
    found = of_type(extract(text, "2018-08-30"), "attack")
    assert [(e["date"], e["countries"]) for e in found] == [("2018-08-27", ["LBY"])], found


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        # the time of a where-clause with no comma before it is its own verb's, not the event word's before it
        (
            "Thousands of Algerians marched in the capital, in rare demonstrations in a country where street "
            "protests have been banned since 2001.",
            "protest",
            "2019-02-22",
        ),
        (
            "Relations have been strained by clashes in a border area of Sudan where Ethiopian troops moved in late last year.",
            "attack",
            "2019-02-22",
        ),
        # after a comma, the where-clause goes on with the story and shares its time
        ("The minister flew to Cairo, where he met Egyptian President Sisi on Monday.", "visit", "2019-02-18"),
    ],
)
def test_a_where_clause_dates_its_own_verb(text, event_type, date):
    found = of_type(extract(text, "2019-02-22"), event_type)
    assert found and found[0]["date"] == date, found


def test_a_time_of_another_deeds_noun_after_a_relative_aside_stays_its_own():
    # no preposition of time leads the year: the protests' year, not the arrest's
    text = "اعتقلت الشرطة المصرية الناشط، الذي يعمل صحفيا، على خلفية مشاركته في احتجاجات 2016."
    found = of_type(extract(text, "2018-08-05"), "arrest")
    assert [e["date"] for e in found] == ["2018-08-05"], found
