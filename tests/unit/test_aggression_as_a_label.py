"""A word of aggression by which a speaker describes a deed told before ('called it "aggression
against a sovereign state"', «ووصفها ... بأنها "اعتداء على دولة ذات سيادة"») labels that deed, no
new attack of the speaker's state, in Arabic as in English; aggression told as a deed, or after a
describing verb of another clause, is an attack as before."""

import pytest

from tests.unit.test_extraction_support import extract, of_type

STRIKE_AR = "أطلقت المدمرات الأمريكية صواريخ توماهوك على قاعدة الشعيرات الجوية في سوريا فجر الجمعة. "
STRIKE_EN = "US destroyers fired Tomahawk missiles at the Shayrat air base in Syria early on Friday. "


@pytest.mark.parametrize(
    "text",
    [
        STRIKE_AR
        + 'ونددت روسيا، أبرز حلفاء دمشق، بالضربة، ووصفها المتحدث باسم الكرملين بأنها "اعتداء على دولة ذات سيادة".',
        STRIKE_EN
        + 'Russia, Damascus\'s main ally, condemned the strike, and a Kremlin spokesman called it "aggression against a sovereign state".',
        STRIKE_AR + 'وانتقدت إيران الضربة واصفة إياها بأنها "عدوان سافر".',
        STRIKE_EN + 'Iran criticised the strike, describing it as "blatant aggression".',
    ],
)
def test_a_label_of_a_told_deed_is_no_new_attack(text):
    found = of_type(extract(text, "2017-04-07"), "attack")
    assert len(found) == 1
    assert "RUS" not in found[0]["countries"] and "IRN" not in found[0]["countries"]


@pytest.mark.parametrize(
    "text",
    [
        "شنت إسرائيل عدوانا على قطاع غزة يوم الاثنين.",
        'ووصف الوزير القرار بأنه "خطوة خطيرة"، فيما شنت إسرائيل عدوانا على قطاع غزة يوم الاثنين.',
    ],
)
def test_aggression_told_as_a_deed_stays(text):
    assert [e["date"] for e in of_type(extract(text, "2017-04-12"), "attack")] == ["2017-04-10"]
