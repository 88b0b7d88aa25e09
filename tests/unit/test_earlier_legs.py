"""A trip told in legs in one sentence: a meeting placed in one country, then a word of
sequence and a trip to another ("met Jordan's king in Amman before flying to Riyadh", "التقى
العاهل الأردني في عمان قبل أن يتوجه إلى القاهرة"), is a visit of the traveller to each country,
not one trip with the earlier host for its doer. A pronoun for the traveller after a fronted
time ("On Wednesday she met ...") is the person the sentence before was about. Two legs in one
country stay one visit."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "legs"),
    [
        (
            "U.S. Secretary of State John Kerry met Jordan's King Abdullah in Amman on Monday before travelling to Cairo for talks with President Sisi.",
            "2013-11-05",
            {("JOR", ("JOR", "USA")), ("EGY", ("EGY", "USA"))},
        ),
        (
            "French President Emmanuel Macron met Lebanese President Michel Aoun in Beirut on Thursday before flying to Baghdad.",
            "2020-09-04",
            {("LBN", ("FRA", "LBN")), ("IRQ", ("FRA", "IRQ"))},
        ),
        (
            "U.S. Secretary of State John Kerry held talks with Jordan's King Abdullah in Amman on Monday and then flew to Riyadh.",
            "2013-11-05",
            {("JOR", ("JOR", "USA")), ("SAU", ("SAU", "USA"))},
        ),
        (
            "التقى وزير الخارجية الأمريكي جون كيري العاهل الأردني في عمان الاثنين قبل أن يتوجه إلى القاهرة للقاء الرئيس السيسي.",
            "2013-11-05",
            {("JOR", ("JOR", "USA")), ("EGY", ("EGY", "USA"))},
        ),
        (
            "والتقى الرئيس الفرنسي إيمانويل ماكرون نظيره اللبناني ميشال عون في بيروت الخميس ثم توجه إلى بغداد.",
            "2020-09-04",
            {("LBN", ("FRA", "LBN")), ("IRQ", ("FRA", "IRQ"))},
        ),
    ],
)
def test_each_leg_in_another_country_is_a_visit_of_the_traveller(text, published, legs):
    found = of_type(extract(text, published), "visit")
    assert {((e["location"] or {}).get("country"), tuple(sorted(e["countries"]))) for e in found} == legs, found


@pytest.mark.parametrize(
    ("text", "published", "country"),
    [
        # two legs in one country: one visit
        (
            "Turkish President Recep Tayyip Erdogan met King Salman in Riyadh on Monday before travelling to Jeddah.",
            "2019-03-05",
            "SAU",
        ),
        (
            "والتقى الرئيس التركي رجب طيب أردوغان الملك سلمان في الرياض الاثنين قبل أن يتوجه إلى جدة.",
            "2019-03-05",
            "SAU",
        ),
    ],
)
def test_legs_in_one_country_are_one_visit(text, published, country):
    found = of_type(extract(text, published), "visit")
    assert [(e["location"] or {}).get("country") for e in found] == [country], found


@pytest.mark.parametrize(
    ("text", "published", "countries"),
    [
        (
            "U.S. Secretary of State John Kerry arrived in Jordan on Monday. On Tuesday he met President Sisi in Cairo.",
            "2013-11-06",
            {("JOR", ("JOR", "USA")), ("EGY", ("EGY", "USA"))},
        ),
    ],
)
def test_a_pronoun_after_a_fronted_time_is_the_traveller(text, published, countries):
    found = of_type(extract(text, published), "visit")
    assert {((e["location"] or {}).get("country"), tuple(sorted(e["countries"]))) for e in found} == countries, found
