"""Arabic: a failed vote is no election; a meeting a country will host is a plan;
what a source does not rule out is a possibility; a suspension of aid is a sanction, an airdrop
of aid and money set aside for rebuilding are aid; and the day a measure takes effect does not
date the announcement when the sentence tells that day apart, even between commas."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "kind"),
    [
        # a failed vote: no election took place
        ("أخفق البرلمان العراقي أمس الاثنين للمرة الثالثة في انتخاب رئيس للجمهورية بسبب غياب النصاب.", "2022-03-01", "election"),
        ("وأخفقت الجمعية الوطنية يوم الخميس في انتخاب رئيس جديد لها.", "2022-11-12", "election"),
        # a meeting still to be hosted
        ("أعلنت جامعة الدول العربية أنها ستستضيف اجتماعا طارئا لوزراء الخارجية العرب في القاهرة الأسبوع المقبل.", "2023-04-02", "meeting"),
        ("وقالت الخارجية العمانية إن مسقط ستحتضن جولة مفاوضات بين الطرفين نهاية الشهر.", "2023-04-02", "meeting"),
        # not ruled out: only a possibility
        ("لم تستبعد مصادر مصرية فرض قيود على استيراد البضائع التركية.", "2020-06-01", "sanctions"),
        ("ولم يستبعد مسؤول عراقي طرد السفير التركي من بغداد.", "2020-06-01", "sanctions"),
        # a suspension of aid is no aid
        ("أعلنت الولايات المتحدة أمس تعليق مساعدات بقيمة 500 مليون دولار لإثيوبيا.", "2021-11-03", "aid"),
    ],
)
def test_no_event_of_the_kind(text, published, kind):
    assert of_type(extract(text, published), kind) == []


@pytest.mark.parametrize(
    ("text", "published", "kind", "date"),
    [
        # a meeting hosted in the past stays one
        ("واستضافت القاهرة أمس اجتماعا لوزراء الخارجية العرب.", "2023-04-02", "meeting", "2023-04-01"),
        # a suspension of aid is a sanction
        ("أعلنت الولايات المتحدة أمس تعليق مساعدات بقيمة 500 مليون دولار لإثيوبيا.", "2021-11-03", "sanctions", "2021-11-02"),
        ("وقرر البنك الدولي أمس حجب المساعدات عن السودان.", "2021-06-02", "sanctions", "2021-06-01"),
        # an airdrop of aid; money set aside for rebuilding
        ("نفذ سلاح الجو الأردني أمس الأحد عملية إنزال جوي لمساعدات غذائية على جنوب قطاع غزة.", "2024-03-04", "aid", "2024-03-03"),
        ("أعلنت الحكومة المصرية أمس تخصيص 100 مليون دولار لإعادة إعمار قطاع غزة.", "2021-05-20", "aid", "2021-05-19"),
        # the evening between commas dates the announcement, not the day it takes effect
        ("أعلن وزير خارجية بوليفيا، مساء الاثنين، قطع العلاقات الدبلوماسية مع بيرو ابتداء من اليوم.", "2019-05-07", "sanctions", "2019-05-06"),
        ("أعلنت الحكومة التشادية، مساء الأحد، طرد السفير الفرنسي اعتبارا من اليوم.", "2019-05-07", "sanctions", "2019-05-05"),
    ],
)
def test_event_and_its_day(text, published, kind, date):
    events = of_type(extract(text, published), kind)
    assert [e["date"] for e in events] == [date]


@pytest.mark.parametrize(
    ("text", "published", "kind", "date"),
    [
        # قد before a past verb with a dual or plural subject ending: a past event, no possibility
        ("وكانت مصر والسودان قد توصلتا في مارس 2015 إلى اتفاق بشأن تقاسم مياه النيل.", "2019-05-07", "agreement", "2015-03"),
        ("وكان وزراء الخارجية العرب قد توجهوا أمس إلى دمشق في زيارة رسمية.", "2019-05-07", "visit", "2019-05-06"),
    ],
)
def test_qad_before_a_past_dual_or_plural(text, published, kind, date):
    events = of_type(extract(text, published), kind)
    assert [e["date"] for e in events] == [date]


def test_qad_before_an_imperfect_stays_a_possibility():
    assert of_type(extract("قد تتوصل مصر والسودان إلى اتفاق بشأن مياه النيل.", "2019-05-07"), "agreement") == []


@pytest.mark.parametrize(
    ("text", "published", "kind"),
    [
        # the ways to an end that talks looked into: a goal, no event
        ("وبحث وزير الخارجية المصري مع نظيره السوداني أمس سبل إيصال المساعدات الإنسانية إلى دارفور.", "2024-02-15", "aid"),
        ("وناقش الرئيس التونسي مع نظيره الجزائري سبل التوصل إلى وقف دائم لإطلاق النار في ليبيا وإدخال المساعدات إليها.", "2024-02-15", "aid"),
    ],
)
def test_ways_looked_into_are_a_goal(text, published, kind):
    assert of_type(extract(text, published), kind) == []


def test_aid_sent_stays_aid():
    (aid,) = of_type(extract("وأرسلت مصر أمس مساعدات إنسانية إلى السودان.", "2024-02-15"), "aid")
    assert aid["date"] == "2024-02-14"
