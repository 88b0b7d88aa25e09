"""Arabic standing states told with when they began (منذ + a year or a month): leading a
military coalition, a military intervention, restrictions imposed, a blockade, a closure, a
detention. Each is one event dated at its onset, by the date after منذ or by the year an exact
count of years goes back to; comparisons, vague spans and personal histories stay no event."""

from __future__ import annotations

import pytest

from tests.unit.test_extraction_support import extract, of_type

ONSETS = [
    ("وتقود السعودية منذ أواخر آذار/مارس 2015 تحالفا عسكريا ضد الحوثيين في اليمن.", "2018-04-02", "attack", "2015-03", "YEM"),
    ("وتقود السعودية تحالفا عسكريا في اليمن منذ آذار/مارس 2015 دعما للحكومة.", "2018-04-02", "attack", "2015-03", "YEM"),
    ("وقال المتحدث إن إيران التي تتدخل عسكريا في سوريا منذ العام 2013 لن تنسحب.", "2018-04-02", "attack", "2013", "SYR"),
    ("وتسعى قطر إلى رفع القيود التي تفرضها الإمارات على القطريين منذ حزيران/يونيو 2017.", "2018-06-20", "sanctions", "2017-06", None),
    ("ويتدخل التحالف بقيادة السعودية في اليمن منذ آذار/مارس 2015 ضد الحوثيين.", "2018-04-02", "attack", "2015-03", "YEM"),
    ("ويدعم التحالف العسكري الذي تقوده السعودية منذ آذار/مارس 2015 قوات الحكومة في اليمن.", "2018-04-02", "attack", "2015-03", "YEM"),
    ("ويسيطر المتمردون الحوثيون على صنعاء منذ أيلول/سبتمبر 2014.", "2018-04-02", "attack", "2014-09", "YEM"),
    # the onset fronted before the verb of leading
    ("ومنذ عام 2015، تقود السعودية تحالفا عسكريا في اليمن.", "2018-04-02", "attack", "2015", "YEM"),
    ("ومنذ العام 2015 تقود السعودية تحالفا عسكريا ضد الحوثيين.", "2018-04-02", "attack", "2015", None),
    ("ويسيطر تنظيم الدولة الإسلامية على مدينة الرقة السورية منذ 2014.", "2017-04-02", "attack", "2014", "SYR"),
    # an exact count of years back from the publication dates the onset by its year
    ("وتفرض إسرائيل حصارا خانقا على قطاع غزة منذ عشر سنوات.", "2018-05-18", "sanctions", "2008", "PSE"),
    ("والمعابر مغلقة منذ ثلاث سنوات بين مصر وقطاع غزة.", "2018-05-18", "sanctions", "2015", "PSE"),
    ("ويعتقل الناشط الحقوقي في البحرين منذ عامين.", "2018-05-18", "arrest", "2016", "BHR"),
    ("ويفرض التحالف حصارا على ميناء الحديدة منذ ثلاثة أعوام.", "2018-05-18", "sanctions", "2015", "YEM"),
    ("وتحتجز السلطات السعودية الناشط منذ عامين.", "2018-05-18", "arrest", "2016", "SAU"),
    ("وبدأ الناشط المصري المعتقل منذ عامين إضرابا عن الطعام.", "2018-05-18", "arrest", "2016", "EGY"),
]


@pytest.mark.parametrize(("text", "published", "event_type", "date", "country"), ONSETS)
def test_a_state_since_its_onset_is_one_event_of_that_date(text, published, event_type, date, country):
    found = of_type(extract(text, published), event_type)
    assert [e["date"] for e in found] == [date]
    if country:
        assert found[0]["location"]["country"] == country


NO_EVENTS = [
    ("وسجل سعر النفط أعلى مستوى له منذ 2014 في لندن.", "2018-04-12"),
    ("وهي عضوة في مجلس إدارة شركة والدها منذ عام 2013.", "2018-03-12"),
    ("ويقود الرئيس الحزب الحاكم في تركيا منذ 2013.", "2018-06-24"),
    ("وتغلق مصر معبر رفح منذ عدة سنوات مع قطاع غزة.", "2018-05-18"),
    ("ويسيطر حزب العدالة والتنمية على البرلمان التركي منذ 2002.", "2018-05-18"),
    ("وتسيطر الشركة على السوق المصرية منذ 2010.", "2018-05-18"),
    ("وتتدخل إيران في الشؤون الداخلية للبحرين منذ 2011.", "2018-05-18"),
    # a count of years after a comparison is the time compared with, no onset
    ("ويزور الرئيس المصري السودان للمرة الأولى منذ ثلاث سنوات.", "2018-05-18"),
    ("وتشن إسرائيل أعنف غارات على غزة منذ أربع سنوات.", "2018-05-18"),
    ("وتجري السعودية وقطر محادثات هي الأولى منذ عامين.", "2018-05-18"),
    ("وتفرض إسرائيل حصارا على قطاع غزة منذ أكثر من عشر سنوات.", "2018-05-18"),
    ("وتشهد ليبيا فوضى منذ سبع سنوات.", "2018-05-18"),
]


@pytest.mark.parametrize(("text", "published"), NO_EVENTS)
def test_no_state_without_a_word_of_a_state(text, published):
    assert extract(text, published) == []


def test_a_deed_of_the_day_is_no_retelling_of_a_state_begun_years_before():
    text = (
        "وأعلنت الرياض في وقت سابق مقتل جنديين سعوديين في معارك ضد الحوثيين في اليمن. "
        "وتقود السعودية منذ آذار/مارس 2015 تحالفا عسكريا في اليمن في مواجهة الحوثيين."
    )
    dates = sorted(e["date"] for e in of_type(extract(text, "2018-05-27"), "attack"))
    assert dates == ["2015-03", "2018-05-27"]


def test_two_tellings_of_one_state_by_its_start_are_one_event():
    text = (
        "وقال المحلل إن الرياض التي تتدخل عسكريا في اليمن منذ العام 2015 لدعم الحكومة اليمنية ستواصل الضغط. "
        "وتقود السعودية تحالفا عسكريا في اليمن منذ آذار/مارس 2015 في مواجهة الحوثيين."
    )
    assert [e["date"] for e in of_type(extract(text, "2018-04-15"), "attack")] == ["2015-03"]


def test_a_state_by_its_start_gives_way_to_the_event_told_on_its_day():
    text = (
        "وقطعت السعودية والإمارات والبحرين ومصر علاقاتها مع قطر في 5 حزيران/يونيو 2017. "
        "وطلبت الدوحة من المحكمة رفع القيود التي تفرضها الإمارات على القطريين منذ حزيران/يونيو 2017."
    )
    state = text.split(". ")[1]
    assert [e["date"] for e in of_type(extract(state, "2018-06-29"), "sanctions")] == ["2017-06"]
    dates = [e["date"] for e in of_type(extract(text, "2018-06-29"), "sanctions")]
    assert "2017-06-05" in dates and "2017-06" not in dates
