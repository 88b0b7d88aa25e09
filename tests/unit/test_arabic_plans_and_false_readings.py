"""Arabic: plans, false readings, types and places.

A ratification told as the purpose of a referral (للمصادقة عليها) and an election a council
pledges to hold far after its pledge are still to come; the demarcation of borders (تعيين
الحدود) appoints no one; a matter referred to a constitutional court is no arrest; an arrival
that ends in asylum is no visit; fans gone out to celebrate a match won (احتفالا بفوز المنتخب) make no protest; talks
told by titles or pronouns during a visit, or before the visit the article names after them,
are that visit; a delegation "of high level" (رفيع المستوى) still arrives; who asked for a
meeting (بطلب من) did not hold it; fire launched from one place (أطلقت من) lands in another;
one state that cuts ties decides at home; a truce that shares brokers with a catalogued one in
another country is not that one; the place of the deal an event is done under (بموجب) is not
the event's.
"""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "kind"),
    [
        # a ratification as the purpose of a referral, under "it is expected" or not
        (
            "ومن المتوقع أن ترفع الحكومة الاتفاقية إلى الرئيس المصري عبد الفتاح السيسي للتصديق عليها.",
            "2017-06-15",
            "ratification",
        ),
        (
            "ومن المقرر أن تعرض المعاهدة على مجلس الوزراء الإسرائيلي والكنيست للمصادقة عليها.",
            "2020-09-16",
            "ratification",
        ),
        ("وأحالت الحكومة الأردنية الاتفاقية أمس إلى مجلس النواب للمصادقة عليها.", "2020-05-10", "ratification"),
        # a pledge reaches the second verbal noun of its complement
        (
            "أعلن الجيش السوداني اليوم عزل الرئيس عمر البشير. "
            "وتعهد المجلس بتهيئة الأجواء لانتقال ديمقراطي للسلطة وإجراء انتخابات حرة في نهاية المرحلة الانتقالية.",
            "2019-04-11",
            "election",
        ),
        # the demarcation of borders
        ("وافق مجلس النواب المصري أمس على اتفاقية تعيين الحدود البحرية بين مصر والسعودية.", "2017-06-15", "appointment"),
        # a matter referred to a constitutional court
        (
            "وأصدرت المحكمة الإدارية المصرية في يناير الماضي حكما ببطلان الاتفاقية، وهو ما جعل المسألة محل نزاع أحيل إلى المحكمة الدستورية العليا.",
            "2017-06-15",
            "arrest",
        ),
        # an arrival that ends in asylum
        ("وقالت وكالات روسية إن الرئيس السوري وصل إلى موسكو مع عائلته ومنح حق اللجوء.", "2024-12-08", "visit"),
        # crowds celebrating a match won
        ("وخرج آلاف العراقيين إلى الشوارع أمس احتفالا بفوز المنتخب.", "2020-05-10", "protest"),
    ],
)
def test_no_event_of_the_type(text, published, kind):
    assert of_type(extract(text, published), kind) == []


@pytest.mark.parametrize(
    ("text", "published", "kind", "date"),
    [
        ("صادق مجلس النواب الأردني أمس على الاتفاقية.", "2020-05-10", "ratification", "2020-05-09"),
        # an approval told with an aside between commas before its agreement
        (
            "وافق مجلس النواب، خلال جلسته العامة أمس الأربعاء برئاسة رئيس المجلس، على اتفاقية تعيين الحدود البحرية بين مصر والسعودية.",
            "2017-06-15",
            "ratification",
            "2017-06-14",
        ),
        ("وخرج آلاف العراقيين إلى الشوارع أمس للتنديد بالفساد.", "2020-05-10", "protest", "2020-05-09"),
        ("وصل الرئيس السوري أمس إلى موسكو في زيارة رسمية.", "2020-05-10", "visit", "2020-05-09"),
        # a delegation of high level arrives and meets: one visit
        (
            "وكان الوزير الإماراتي قد وصل إلى واشنطن يوم الإثنين على رأس وفد رفيع المستوى، والتقى قبيل مراسم التوقيع الرئيس الأمريكي دونالد ترامب.",
            "2020-09-16",
            "visit",
            "2020-09-14",
        ),
    ],
)
def test_event_kept(text, published, kind, date):
    assert [e["date"] for e in of_type(extract(text, published), kind)] == [date]


@pytest.mark.parametrize(
    "text",
    [
        "ووصلت العلاقات بين البلدين أمس إلى أدنى مستوياتها.",
        "ووصل حجم التبادل التجاري بين البلدين العام الماضي إلى مستوى قياسي.",
    ],
)
def test_a_level_reached_is_no_visit(text):
    assert of_type(extract(text, "2020-05-10"), "visit") == []


def test_arrival_and_meeting_are_one_visit():
    found = extract(
        "وكان الوزير الإماراتي قد وصل إلى واشنطن يوم الإثنين على رأس وفد رفيع المستوى، "
        "والتقى قبيل مراسم التوقيع الرئيس الأمريكي دونالد ترامب.",
        "2020-09-16",
    )
    assert of_type(found, "meeting") == []


@pytest.mark.parametrize(
    "text",
    [
        # talks told before the visit the article names as "this visit"
        "استقبل الرئيس المصري عبد الفتاح السيسي، اليوم الأربعاء، الرئيس التركي رجب طيب أردوغان بمطار القاهرة، "
        "قبل أن يتوجه الرئيسان إلى القصر الرئاسي لعقد جلسة مباحثات مغلقة.\n"
        "وهذه أول زيارة للرئيس التركي إلى مصر منذ عام 2012، حين زارها بصفته رئيسا للحكومة.",
    ],
)
def test_talks_of_a_visit_are_that_visit(text):
    found = extract(text, "2024-02-14")
    assert of_type(found, "meeting") == []
    assert [e["date"] for e in of_type(found, "visit") if e["date"] != "2012"] == ["2024-02-14"]


def test_a_summit_beside_a_visit_stays():
    found = extract(
        "ووصل أمير قطر الشيخ تميم بن حمد آل ثاني إلى مدينة العلا السعودية اليوم الثلاثاء.\n"
        "وانطلقت اليوم في العلا أعمال القمة الخليجية بين السعودية وقطر.",
        "2021-01-05",
    )
    assert len(of_type(found, "visit")) == 1
    assert len(of_type(found, "meeting")) == 1


def test_who_asked_for_a_meeting_did_not_hold_it():
    found = extract(
        "وعقد مجلس جامعة الدول العربية على مستوى المندوبين اجتماعا طارئا اليوم في القاهرة، بطلب من مصر والسعودية.",
        "2023-04-16",
    )
    assert of_type(found, "visit") == []
    assert [e["location"]["country"] for e in of_type(found, "meeting")] == ["EGY"]


@pytest.mark.parametrize(
    ("text", "published", "kind", "country"),
    [
        # fire launched from one place lands in another
        (
            "وسقطت أمس عدة قذائف صاروخية أطلقت من عفرين على مركز ولاية كليس التركية.",
            "2018-01-22",
            "attack",
            "TUR",
        ),
        # one state cuts ties at home
        (
            "أعلن وزير الخارجية الجزائري، أمس الثلاثاء، قطع العلاقات الدبلوماسية مع المملكة المغربية.",
            "2021-08-25",
            "sanctions",
            "DZA",
        ),
        # several states cutting ties together act each at home: no one place
        (
            "وكانت السعودية والإمارات والبحرين ومصر قد قطعت علاقاتها الدبلوماسية مع قطر في يونيو 2017.",
            "2021-01-05",
            "sanctions",
            None,
        ),
    ],
)
def test_place(text, published, kind, country):
    events = of_type(extract(text, published), kind)
    assert [(e["location"] or {}).get("country") for e in events] == [country]


def test_a_truce_of_another_country_is_not_the_catalogued_one():
    # the same brokers as a catalogued truce in Libya, but the truce is in Syria
    found = of_type(extract("وقف إطلاق النار في إدلب السورية صامد بفضل التفاهم بين بوتين وأردوغان.", "2020-03-06"), "ceasefire")
    assert [(e["date"], e["location"]["country"]) for e in found] == [("2020-03-06", "SYR")]
    assert "LBY" not in found[0]["countries"]


def test_the_place_of_the_deal_it_is_done_under_is_not_its_own():
    found = extract(
        "دخل اتفاق وقف إطلاق النار في محافظة إدلب السورية حيز التنفيذ اليوم، بموجب التفاهم الذي توصل إليه "
        "الرئيسان فلاديمير بوتين ورجب طيب أردوغان في موسكو.",
        "2020-03-06",
    )
    assert [e["location"]["country"] for e in of_type(found, "ceasefire")] == ["SYR"]
