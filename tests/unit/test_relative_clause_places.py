"""A place named in an Arabic relative clause after the event word that describes another word
("حملة عسكرية ضد الحوثيين، الذين سيطروا على العاصمة صنعاء", "عن الجماعة التي تسيطر على العاصمة
صنعاء") tells what that word did or holds: it is no place of the event, as the clause's actors
are no parties of it, unless no other place or country is left to tell where it happened. A
time between the event's verb and its object noun ("فرضت أمس الحصار الذي") leaves the clause the
event's own. A clause that tells where the described word lies ("البلدة التي تقع في ريف
إدلب") still places the event, and so does one that describes the event word itself. A place
inside a news outlet's quoted name (شبكة "السويداء 24") is the outlet's name, no place."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


def _places(text: str, published: str, event_type: str) -> list[tuple[str | None, str | None]]:
    return [((e["location"] or {}).get("name"), (e["location"] or {}).get("country")) for e in of_type(extract(text, published), event_type)]


@pytest.mark.parametrize(
    ("text", "published", "event_type", "places"),
    [
        (
            "شنت السعودية وعدد من الدول العربية حملة عسكرية ضد الحوثيين في مارس 2015، الذين سيطروا على العاصمة صنعاء.",
            "2018-03-25",
            "attack",
            [("Yemen", "YEM")],
        ),
        (
            "بدأت القوات هجومها على المدينة الساحلية يوم 2 يونيو لإضعاف الحوثيين بقطع الإمدادات عن الجماعة التي تسيطر على العاصمة صنعاء.",
            "2018-06-24",
            "attack",
            [("Yemen", "YEM")],
        ),
        (
            'أعدم التنظيم رهينة في سوريا الأحد، بحسب ما أعلنت شبكة "السويداء 24" المحلية للأنباء.',
            "2018-08-05",
            "attack",
            [("Syria", "SYR")],
        ),
    ],
)
def test_a_place_of_another_word_s_clause_or_an_outlet_s_name_is_no_place(text, published, event_type, places):
    assert _places(text, published, event_type) == places


@pytest.mark.parametrize(
    ("text", "published", "event_type", "places"),
    [
        # the clause tells where the place struck lies
        ("قصفت الطائرات الحربية الاثنين البلدة التي تقع في ريف إدلب الجنوبي.", "2018-06-25", "attack", [("Idlib Governorate", "SYR")]),
        # the clause describes the event word itself
        ("أدان الأردن الهجوم الذي وقع في كابول الاثنين.", "2018-06-25", "attack", [("Kabul", "AFG")]),
        # once the outlet's name is set aside, the clause's place is the only one: it stays
        (
            'أعدم التنظيم أحد الرهائن الذين خطفهم من محافظة السويداء الشهر الماضي، وفق ما أعلنت شبكة "السويداء 24" المحلية للأنباء الأحد.',
            "2018-08-05",
            "attack",
            [("Suwayda Governorate", "SYR")],
        ),
        # a place named outside the outlet's name stays
        (
            'قتل مسلحون ثلاثة جنود في مدينة السويداء الأحد، وفق ما أعلنت شبكة "السويداء 24" المحلية.',
            "2018-06-25",
            "attack",
            [("Suwayda", "SYR")],
        ),
    ],
)
def test_a_place_of_the_event_s_own_clause_stays(text, published, event_type, places):
    assert set(_places(text, published, event_type)) == set(places)
