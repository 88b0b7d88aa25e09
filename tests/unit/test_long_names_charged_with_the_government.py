"""One charged with heading the government (كلف ... برئاسة مجلس الوزراء، برئاسة الحكومة) is
appointed across a long name of several parts, as one named prime minister is
(كلف ... رئيسا للوزراء, named ... as prime minister): the post named is precise. A government
named with its state's nisba ("tasked with forming a new Iraqi government") is one to form too."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "وكلف أمير الكويت الشيخ أحمد عبدالله الأحمد الصباح برئاسة مجلس الوزراء في 15 إبريل.",
        "وكلف أمير الكويت الشيخ محمد صباح السالم الصباح برئاسة الحكومة في 15 إبريل.",
        "Kuwait's emir named Sheikh Ahmad Abdullah Al-Ahmad Al-Sabah as prime minister on April 15.",
    ],
)
def test_charged_with_heading_the_government_across_a_long_name(text):
    assert [e["date"] for e in of_type(extract(text, "2024-05-11"), "appointment")] == ["2024-04-15"]


def test_heading_a_delegation_is_no_appointment():
    found = extract("وكلف أمير الكويت الشيخ أحمد عبدالله الأحمد الصباح برئاسة وفد بلاده إلى القمة.", "2024-05-11")
    assert of_type(found, "appointment") == []


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # the verb of tasking, not the noun of forming a government after it, tells the deed: a
        # verb in the past, kept beside the election told in the clause before it
        (
            "بغداد - انتخب مجلس النواب العراقي، الخميس، عبد اللطيف رشيد رئيسا للجمهورية، "
            "وكلف محمد شياع السوداني بتشكيل الحكومة.",
            # the president the body elected, and the premier tasked: two changes of office
            {"election": ["2022-10-13"], "appointment": ["2022-10-13", "2022-10-13"]},
        ),
        # the Levantine form, with no preposition before the noun of forming
        (
            "بيروت - كلّف الرئيس اللبناني جوزاف عون، الاثنين، القاضي نواف سلام تشكيل الحكومة الجديدة.",
            {"appointment": ["2022-10-10"]},
        ),
        (
            "Iraq's parliament elected Abdul Latif Rashid as president on Thursday, and he tasked "
            "Mohammed Shia al-Sudani with forming a government.",
            {"election": ["2022-10-13"], "appointment": ["2022-10-13"]},
        ),
    ],
)
def test_tasked_with_forming_the_government(text, types):
    found = extract(text, "2022-10-14")
    for event_type, dates in types.items():
        assert [e["date"] for e in of_type(found, event_type)] == dates, [(e["event_type"], e["trigger"]) for e in found]
    assert any(e["trigger"] in ("وكلف", "كلّف", "tasked") for e in of_type(found, "appointment"))


@pytest.mark.parametrize(
    "text",
    [
        # a pledge to form a government tells no tasking
        "وتعهد الرئيس الإيراني بتشكيل حكومة وفاق وطني.",
        "The Iranian president pledged to form a government of national unity.",
    ],
)
def test_a_pledge_to_form_a_government_is_no_appointment(text):
    assert of_type(extract(text, "2022-10-14"), "appointment") == []


def test_an_oath_stays_beside_the_noun_of_its_office():
    text = "طهران - أدى الرئيس الإيراني الجديد مسعود بزشكيان، اليوم الثلاثاء، اليمين الدستورية أمام مجلس الشورى الإسلامي."
    assert [e["trigger"] for e in of_type(extract(text, "2024-07-30"), "appointment")] == ["أدى"]


@pytest.mark.parametrize(
    "text",
    [
        "Haider al-Abadi was tasked with forming a new Iraqi government on Tuesday.",
        "Lebanon's president charged Saad al-Hariri with forming the next Lebanese cabinet on Tuesday.",
    ],
)
def test_charged_with_forming_a_government_named_by_its_state(text):
    assert [e["date"] for e in of_type(extract(text, "2014-08-14"), "appointment")] == ["2014-08-12"]


def test_charged_with_forming_a_group_is_no_appointment():
    text = "Egyptian prosecutors on Tuesday charged the activist with forming a group to overthrow the government."
    assert of_type(extract(text, "2014-08-14"), "appointment") == []
