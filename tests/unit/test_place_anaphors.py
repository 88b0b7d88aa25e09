"""A place named once and taken up again by the bare noun of its kind (القطاع, the Strip, the
enclave) names that place again: a deed told there took place in it, though the sentence that named
it first tells no event. A noun with an adjective after it (القطاع النفطي, the oil sector) takes
nothing up."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

NOVEMBER = "2012-11-25"


@pytest.mark.parametrize(
    ("text", "event_type", "location", "countries"),
    [
        (
            "بدأت إسرائيل عمليتها في قطاع غزة في 14 نوفمبر. ثم شنت الطائرات الإسرائيلية مئات الغارات على القطاع يوم الجمعة.",
            "attack",
            "PSE",
            {"ISR", "PSE"},
        ),
        (
            "Israel began its operation in the Gaza Strip on Nov. 14. Israeli aircraft then hit 1,500 targets in the Strip on Friday.",
            "attack",
            "PSE",
            {"ISR", "PSE"},
        ),
        (
            "Israel began its operation in the Gaza Strip on Nov. 14. Israeli aircraft then hit 1,500 targets in the enclave on Friday.",
            "attack",
            "PSE",
            {"ISR", "PSE"},
        ),
        (
            "يعيش نحو مليوني نسمة في قطاع غزة. وتفرض إسرائيل منذ يوم الجمعة حصارا خانقا على القطاع.",
            "sanctions",
            "PSE",
            {"ISR", "PSE"},
        ),
    ],
)
def test_a_bare_noun_takes_up_the_place_named_before(text, event_type, location, countries):
    found = of_type(extract(text, NOVEMBER), event_type)
    assert len(found) == 1, found
    assert found[0]["location"]["country"] == location, found
    assert set(found[0]["countries"]) == countries, found


@pytest.mark.parametrize(
    "text",
    [
        "يعيش نحو مليوني نسمة في قطاع غزة. وشنت طائرات ليبية غارات على القطاع النفطي في ليبيا يوم الجمعة.",
        "Two million people live in the Gaza Strip. Libyan jets struck the oil sector in Libya on Friday.",
    ],
)
def test_a_noun_with_an_adjective_takes_up_nothing(text):
    found = of_type(extract(text, NOVEMBER), "attack")
    assert len(found) == 1, found
    assert found[0]["location"]["country"] == "LBY", found
    assert "PSE" not in found[0]["countries"], found


CLASHES = "2018-08-30"


@pytest.mark.parametrize(
    ("text", "published", "event_type", "location"),
    [
        (
            "تقول السلطات الليبية إن عشرات الأشخاص قتلوا هذا الأسبوع في اشتباكات بين المليشيات المتصارعة في العاصمة، طرابلس. واندلعت الاشتباكات، الإثنين، في الضواحي الجنوبية للمدينة.",
            CLASHES,
            "attack",
            "Tripoli",
        ),
        (
            "استدعت جماعة الحوثي تعزيزات عسكرية إلى مدينة الحديدة. وبدأ التحالف بقيادة السعودية هجومه على المدينة يوم 2 يونيو في محاولة لقطع خط الإمدادات عن الجماعة التي تسيطر على العاصمة صنعاء.",
            "2018-06-24",
            "attack",
            "Hodeidah",
        ),
        (
            "Houthi fighters sent reinforcements to Hodeidah on Sunday. The Saudi-led coalition launched its offensive on the city on June 2 to cut the supply line of the group, which holds the capital Sanaa.",
            "2018-06-24",
            "attack",
            "Hodeidah",
        ),
        # "the same city" is the latest city named, not the one named most often
        (
            "أصدرت المحكمة المركزية في تل أبيب أمس حكما بسجن البرغوثي. وكان الهجوم على مطعم في تل أبيب. "
            "وقتلت إسرائيل الشيخ أحمد ياسين بغارة جوية في غزة في 22 آذار، ثم اغتالت عبد العزيز الرنتيسي "
            "في 17 نيسان بصاروخ أطلقته مروحية على سيارته في المدينة نفسها.",
            "2004-06-07",
            "attack",
            "Gaza",
        ),
        (
            "أصدرت المحكمة المركزية في تل أبيب أمس حكما بسجن البرغوثي. وكان الهجوم على مطعم في تل أبيب. "
            "وقتلت إسرائيل الشيخ أحمد ياسين بغارة جوية في غزة في 22 آذار، ثم اغتالت عبد العزيز الرنتيسي "
            "في 17 نيسان بصاروخ أطلقته مروحية على سيارته في نفس المدينة.",
            "2004-06-07",
            "attack",
            "Gaza",
        ),
    ],
)
def test_the_city_takes_up_the_city_the_text_speaks_of(text, published, event_type, location):
    found = of_type(extract(text, published), event_type)
    assert found, text
    assert found[-1]["location"]["name"] == location, found


@pytest.mark.parametrize(
    ("text", "published", "event_type", "location"),
    [
        # a city named right after the noun is that city
        (
            "Dozens of people have been killed this week in fighting between rival militias in Tripoli. The clashes erupted on Monday in the city of Misrata.",
            CLASHES,
            "attack",
            "Misrata",
        ),
        # a country other than the city's right after the noun: a city of that country (Medina)
        (
            "وصل وزير الخارجية التركي إلى أنقرة الأحد. وهاجم مسلحون مقرا للشرطة في المدينة بالسعودية الجمعة.",
            "2018-08-10",
            "attack",
            "Saudi Arabia",
        ),
        # an adjective with the article after the noun: a name (المدينة المنورة), no bare noun
        (
            "وصل وزير الخارجية التركي إلى أنقرة الأحد. وهاجم مسلحون مقرا للشرطة في المدينة المنورة الجمعة.",
            "2018-08-10",
            "attack",
            "Medina",
        ),
    ],
)
def test_the_city_beside_a_name_of_its_own_takes_up_nothing(text, published, event_type, location):
    found = of_type(extract(text, published), event_type)
    assert found, text
    assert found[-1]["location"]["name"] == location, found
