"""A crowd or protesters that tear gas, water cannon, rubber bullets or stun grenades were fired at,
used against or used to disperse (police fired tear gas at protesters, used water cannon to
disperse a crowd; أطلقت الشرطة الغاز المسيل للدموع على المتظاهرين، الرصاص المطاطي لتفريق
الحشود) protested: the demonstration is found beside what the fire itself tells, even when the
crowd is the only word of a protest (`protest` lexicon of data/triggers.json; `victim_nouns`
`dispersing` of data/assembly.json). Tear gas with no crowd, and missiles fired at positions,
tell no demonstration."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Police in Nairobi fired tear gas at protesters on Monday.", "2018-06-25"),
        ("Israeli forces fired tear gas and rubber bullets at demonstrators near the Gaza border fence on Friday.", "2018-06-22"),
        ("Security forces used tear gas to disperse a crowd in central Khartoum on Monday.", "2018-06-25"),
        ("Turkish police used water cannon to disperse hundreds of demonstrators in Ankara on Saturday.", "2018-06-23"),
        ("أطلقت الشرطة الغاز المسيل للدموع على المتظاهرين في الخرطوم يوم الاثنين.", "2018-06-25"),
        ("أطلقت القوات الإسرائيلية الرصاص المطاطي وقنابل الغاز على المحتجين قرب السياج الحدودي في غزة يوم الجمعة.", "2018-06-22"),
        ("أطلقت قوات الأمن الغاز المسيل للدموع لتفريق حشود في وسط الخرطوم يوم الاثنين.", "2018-06-25"),
        ("استخدمت الشرطة التركية خراطيم المياه لتفريق مئات المتظاهرين في أنقرة يوم السبت.", "2018-06-23"),
    ],
)
def test_a_crowd_dispersed_protested(text, date):
    assert [e["date"] for e in of_type(extract(text, "2018-06-25"), "protest")] == [date]


@pytest.mark.parametrize(
    "text",
    [
        # the fire at the crowd stays what the lexicon makes of it
        "Police in Nairobi fired tear gas at protesters on Monday.",
        "وأطلقت الشرطة الرصاص المطاطي على محتجين في بغداد يوم الاثنين.",
    ],
)
def test_the_fire_keeps_its_own_event(text):
    found = extract(text, "2018-06-25")
    assert of_type(found, "attack") and of_type(found, "protest"), found


@pytest.mark.parametrize(
    "text",
    [
        "The army used tear gas in a training exercise near Cairo on Monday.",
        "Israeli jets fired missiles at Hamas positions in Gaza on Friday.",
        "Security forces killed three protesters in Baghdad on Tuesday.",
        "استخدمت الشرطة الغاز المسيل للدموع في تدريب قرب القاهرة يوم الاثنين.",
    ],
)
def test_no_crowd_dispersed_no_demonstration(text):
    assert of_type(extract(text, "2018-06-25"), "protest") == []


@pytest.mark.parametrize(
    "text",
    [
        "Greek police fired tear gas at crowds of migrants trying to cross the border from Turkey on Saturday.",
        "Security forces fired tear gas and rubber bullets on Saturday at crowds of volunteers trying to push aid "
        "trucks across the bridge from Colombia.",
        "أطلقت الشرطة اليونانية الغاز المسيل للدموع على حشود من المهاجرين على الحدود مع تركيا يوم السبت.",
    ],
)
def test_migrants_or_volunteers_fired_at_hold_no_demonstration(text):
    assert of_type(extract(text, "2019-02-24"), "protest") == []


@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas at protesters in Caracas on Saturday.",
        "أطلقت الشرطة المصرية الغاز المسيل للدموع على المتظاهرين في القاهرة يوم السبت.",
    ],
)
def test_protesters_fired_at_still_protest(text):
    assert [e["event_type"] for e in of_type(extract(text, "2019-02-24"), "protest")] == ["protest"]
