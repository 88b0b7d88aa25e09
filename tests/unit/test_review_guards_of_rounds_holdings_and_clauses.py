"""Sentences where this step's rules must not fire: a relative clause of holding whose verb acts on
an object or is about another noun, a saying "in a report on Sunday", a lead that opens on its own
visit, three named as an object, an announcement of something else than results, a deed going
on while another was done, a role told "decisive", a disaster that struck before aid landed, a
government formed "in a precedent", a meeting by video link or a deal on a trip placed at the
dateline."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "event_type", "day"),
    [
        ("تظاهر آلاف الأردنيين اليوم أمام مجلس النواب، الذي عقد يوم الأحد جلسة لمناقشة الموازنة.", "protest", "2024-03-12"),
        ("اعتقلت الشرطة المصرية اليوم قادة الحزب الذي نظم يوم الجمعة احتجاجات في القاهرة.", "arrest", "2024-03-12"),
        ("Iran's foreign minister held talks with Iraqi officials on the election, which was held on Sunday.", "meeting", "2024-03-12"),
        ("التقى الوزير الإيراني مسؤولين عراقيين لبحث الانتخابات التي جرت يوم الأحد.", "meeting", "2024-03-12"),
        ("Syrian state television said in a report on Sunday that rebels attacked an army checkpoint near Homs.", "attack", "2024-03-10"),
    ],
)
def test_a_clause_of_another_noun_or_a_report_keeps_the_deeds_day(text, event_type, day):
    assert [e["date"] for e in of_type(extract(text, "2024-03-12"), event_type)] == [day]


def test_a_lead_that_opens_on_its_own_visit_keeps_it():
    text = (
        "تأتي زيارة الرئيس الفرنسي إيمانويل ماكرون إلى الجزائر اليوم الخميس بعد أشهر من التوتر بين البلدين، "
        "وكان وزير الخارجية الفرنسي قد زار الجزائر في يوليو الماضي."
    )
    assert sorted(e["date"] for e in of_type(extract(text, "2022-08-25"), "visit")) == ["2022-07", "2022-08-25"]


@pytest.mark.parametrize(
    "text",
    [
        "Iran, Russia and China began joint naval drills in the Gulf of Oman on Tuesday. India, which has watched "
        "the three navies closely, held a separate naval exercise with France on Monday.",
        "بدأت إيران وروسيا والصين أمس مناورات بحرية مشتركة في خليج عمان. وفي رد على الدول الثلاث، أجرت الهند وفرنسا "
        "مناورات بحرية مشتركة في بحر العرب.",
    ],
)
def test_three_named_as_an_object_are_not_the_doers(text):
    found = of_type(extract(text, "2024-03-12"), "military_exercise")
    assert any({"IND", "FRA"} <= set(e["countries"]) and "IRN" not in e["countries"] for e in found)


def test_an_announcement_of_another_thing_is_no_result():
    text = "أعلن الرئيس التونسي المنتخب قيس سعيد، أمس الاثنين، بعد فوزه في الدور الثاني من الانتخابات الرئاسية، أنه سيتنازل عن راتبه."
    assert [e["date"] for e in of_type(extract(text, "2019-10-22"), "election")] == ["2019-10-13"]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("اعتقلت الشرطة المصرية أمس عشرات المتظاهرين في القاهرة، بينما تشن إسرائيل غارات يومية على قطاع غزة.", ["2024-03-12"]),
        (
            "أطلق حزب الله أمس عشرات الصواريخ على شمال إسرائيل، في حين تواصل إسرائيل منذ أشهر شن غارات على جنوب لبنان.",
            ["2024-03-11"],
        ),
    ],
)
def test_a_deed_going_on_while_another_takes_no_day_of_it(text, dates):
    assert sorted({e["date"] for e in of_type(extract(text, "2024-03-12"), "attack")}) == dates


@pytest.mark.parametrize(
    "text",
    [
        "وتحدث الوزير أمس عن الدور الحاسم لروسيا في الانتخابات السورية.",
        "فتحت السلطات العراقية أمس تحقيقا في ثاني هجوم على السفارة الأمريكية في بغداد خلال شهر.",
    ],
)
def test_a_role_or_an_inquiry_names_no_deed_of_the_day(text):
    assert [e for e in extract(text, "2024-01-12") if e["event_type"] in ("election", "attack")] == []


def test_a_disaster_that_struck_before_aid_landed_leaves_the_aid():
    text = "The quake struck Turkey and Syria on Monday and two Qatari planes carrying tents and blankets landed in Adana on Wednesday."
    assert len(of_type(extract(text, "2023-02-08"), "aid")) == 1


def test_a_government_formed_in_a_precedent_is_formed():
    text = "وشكّل نجيب ميقاتي أمس حكومته في سابقة لم يشهدها لبنان منذ سنوات."
    assert [e["date"] for e in of_type(extract(text, "2021-09-11"), "appointment")] == ["2021-09-10"]


LEAD = "BAGHDAD, March 10 (Reuters) - Iraqi protesters blocked roads in Baghdad on Sunday to demand jobs. "


@pytest.mark.parametrize(
    ("later", "event_type"),
    [
        ("Iraqi Prime Minister Mohammed Shia al-Sudani held talks with Turkish President Tayyip Erdogan via video link on Thursday.", "meeting"),
        ("Iraq and Turkey signed a water-sharing agreement during Sudani's trip on Thursday.", "agreement"),
    ],
)
def test_a_deed_apart_or_on_a_trip_is_not_at_the_dateline(later, event_type):
    found = of_type(extract(LEAD + later, "2024-03-10"), event_type)
    assert [e["location"] for e in found] == [None]
