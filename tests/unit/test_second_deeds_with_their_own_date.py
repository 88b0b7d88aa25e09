"""A sentence that tells a second deed of another type after its own event word, with a date
written out for that deed (a month, a year, a full date) before any other event word, tells
both: "تعثرت المصالحة بعد اتهامات بالمسؤولية عن محاولة اغتيال تعرض لها الوزير خلال زيارة
لطرابلس في مايو الماضي" tells the attempt on his life in May as well as the stalled
reconciliation. Not when the second word is the setting of the first ("signed on the sidelines
of the summit in Madrid in June 2022": the date is the signing's), the outcome of the first told
in a relative clause ("the offensive that toppled him on 8 December"), an Arabic verb in the
present that describes ("آخر رئيس يؤدي اليمين ... في سبتمبر 2005"), or when only a bare day of the
week follows it, most often the day of the sentence's own event. A protest told in the past
progressive after another event word ("قتلت القوات 60 فلسطينيا كانوا يحتجون", "killed 60
Palestinians who were protesting") was going on when that event befell the protesters: both are
told, on the sentence's day, and the protest never outranks the other."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date", "country"),
    [
        # an attempt on a minister's life during a visit, in an aside of a sentence about the stalled reconciliation
        (
            "وتراجعت المصالحة منذ ذلك الحين بعد اتهامات متبادلة بالمسؤولية عن محاولة اغتيال تعرض لها "
            "وزير الداخلية الليبي خلال زيارة لطرابلس في مايو الماضي.",
            "2018-09-10",
            "attack",
            "2018-05",
            "LBY",
        ),
        # a wave of protests a signing set off, told in a clause of its own with its full date
        (
            "وأثار توقيع الاتفاق موجة احتجاجات، إذ تظاهر مئات الأردنيين يوم الجمعة 8 ديسمبر 2017 أمام البرلمان في عمان.",
            "2018-02-10",
            "protest",
            "2017-12-08",
            "JOR",
        ),
        # the protests amid which the predecessor stepped down, in their own month
        (
            "Iraq's new prime minister took office in May after his predecessor stepped down amid "
            "nationwide protests in November.",
            "2020-06-10",
            "protest",
            "2019-11",
            "IRQ",
        ),
    ],
)
def test_a_second_deed_with_a_date_written_for_it_is_an_event(text, published, event_type, date, country):
    found = of_type(extract(text, published), event_type)
    assert [e["date"] for e in found] == [date], found
    assert country in found[0]["countries"], found


@pytest.mark.parametrize(
    ("text", "published", "event_type"),
    [
        # the summit on whose sidelines the memorandum was signed: the date is the signing's
        ("ووقعت تركيا والسويد مذكرة تفاهم على هامش قمة الحلف في مدريد في يونيو 2022.", "2023-01-10", "meeting"),
        # the offensive's outcome, told in a relative clause right after it
        (
            "HTS led the offensive that toppled Bashar al-Assad on 8 December, officials said.",
            "2025-05-15",
            "appointment",
        ),
        # a verb in the present that describes the former president
        (
            "وكان الرئيس الأسبق الذي أطاحته الاحتجاجات في يناير 2011 آخر رئيس يؤدي اليمين أمام المجلس في سبتمبر 2005.",
            "2018-05-29",
            "appointment",
        ),
        # a bare day of the week after the protesters is the day of their arrest
        ("واعتقلت الشرطة المصرية عشرات المحتجين في القاهرة يوم الجمعة.", "2018-05-29", "protest"),
    ],
)
def test_a_setting_an_outcome_or_a_description_takes_no_date_of_its_own(text, published, event_type):
    assert of_type(extract(text, published), event_type) == []


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # protesters killed while protesting: the protest was going on that Monday
        (
            "وقتلت القوات الإسرائيلية الاثنين نحو 60 فلسطينيا كانوا يحتجون على الحدود مع قطاع غزة.",
            "2018-05-18",
            {"attack": ["2018-05-14"], "protest": ["2018-05-14"]},
        ),
        # protesters arrested while demonstrating
        (
            "واعتقلت الشرطة الأردنية الخميس عشرين شخصا كانوا يتظاهرون أمام السفارة الإسرائيلية في عمان.",
            "2018-05-18",
            {"arrest": ["2018-05-17"], "protest": ["2018-05-17"]},
        ),
        # the protest in progress never outranks the killing the sentence tells
        (
            "Israeli forces on Monday killed some 60 Palestinians who were protesting along the Gaza border.",
            "2018-05-18",
            {"attack": ["2018-05-14"]},
        ),
    ],
)
def test_a_protest_in_progress_is_told_beside_what_befell_the_protesters(text, published, dates):
    found = extract(text, published)
    for event_type, want in dates.items():
        assert [e["date"] for e in of_type(found, event_type)] == want, found


def test_ties_cut_in_an_aside_are_their_own_deed_of_the_aside_s_year():
    # the word's own clause holds the day of the talks; the aside after the comma tells the cut, in its year
    text = "Qatar and Egypt agreed on Tuesday to start talks on resuming political relations, which were cut in 2017, their foreign ministries said."
    found = extract(text, "2019-03-14")
    assert [e["date"] for e in of_type(found, "meeting")] == ["2019-03-12"]
    assert [e["date"] for e in of_type(found, "sanctions")] == ["2017"]
