"""An event word inside the name of a body or of a case is no deed; the same word told as a deed
beside such a name stays one."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

_PUBLISHED = "2021-03-10"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a name headed by an authority, through its adjectives, the event word joined by ل
        ("وقال رئيس السلطة الوطنية المستقلة للانتخابات في تونس إن التسجيل مستمر يوم الأحد.", "election"),
        # a plural of a body's noun after the event word
        ("Libya's electoral commission dissolved its local election committees on Tuesday.", "election"),
        ("Tunisia's regional election boards met in Sfax on Monday to review the budget.", "election"),
    ],
)
def test_a_body_s_name_tells_no_deed(text, event_type):
    assert not of_type(extract(text, _PUBLISHED), event_type)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # the authority holding the vote: the vote is its object, no part of its name
        ("وأجرت السلطة الوطنية انتخابات بلدية في الضفة الغربية يوم السبت.", "election"),
        ("وطبّع المغرب علاقاته مع إسرائيل يوم الاثنين.", "relations"),
        ("The commission announced the results of Libya's local elections on Tuesday.", "election"),
    ],
)
def test_a_deed_beside_a_body_stays(text, event_type):
    assert of_type(extract(text, _PUBLISHED), event_type)


@pytest.mark.parametrize(
    "text",
    [
        # a case named for a person: the affair talked about, no deed told
        "وقال المتحدث التركي إن أنقرة تتابع قضية خاشقجي عن كثب.",
        "Turkey said on Monday it was following the Khashoggi case closely.",
    ],
)
def test_a_case_tells_no_deed(text):
    assert not of_type(extract(text, _PUBLISHED), "attack")


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("وقتل الصحفي جمال خاشقجي داخل القنصلية السعودية في إسطنبول يوم 2 أكتوبر 2018.", "attack"),
        ("واعتقلت الشرطة الأردنية الناشط سامي العلي في قضية الفتنة يوم الأحد.", "arrest"),
        ("Jordanian police arrested the activist Sami al-Ali in the sedition case on Sunday.", "arrest"),
    ],
)
def test_a_deed_told_beside_a_case_stays(text, event_type):
    assert of_type(extract(text, _PUBLISHED), event_type)
