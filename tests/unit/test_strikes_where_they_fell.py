"""A strike takes place where the fire fell, not at the side that fired: not in the country of
a striker named before the strike's word when a preposition places the target after it, not in
a striker's partner joined to it by "and", and not in a city of the striker's own country that
another clause names (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

CASES = [
    # (text, where the strike took place)
    # the striker named before the word: the place after it, "against Houthi targets in Yemen"
    (
        "The United States and Britain carried out dozens of air and missile strikes against Houthi targets "
        "in Yemen early on Friday, in retaliation for the group's attacks on commercial shipping in the Red Sea.",
        "YEM",
    ),
    (
        "وكانت الولايات المتحدة وبريطانيا قد شنتا غارات جوية على مواقع للحوثيين في اليمن، "
        "ردا على هجماتهم على السفن التجارية في البحر الأحمر.",
        "YEM",
    ),
    # a partner joined to the striker by "and" strikes too: the side struck is the other one
    ("Hours later, U.S. and British warships fired more than 110 Tomahawk cruise missiles at Libyan air defences.", "LBY"),
    ("American and British jets struck Libyan air defences on Sunday.", "LBY"),
    ("قصفت طائرات أمريكية وبريطانية الدفاعات الجوية الليبية يوم الأحد.", "LBY"),
    # the striker's own capital named in a later clause is not where the fire fell
    (
        "Iran's Revolutionary Guards launched drone and missile strikes on Iranian Kurdish opposition groups "
        "in northern Iraq on Wednesday, killing at least 13 people, as authorities in Tehran struggled to "
        "contain nearly two weeks of nationwide protests.",
        "IRQ",
    ),
    (
        "شنت مقاتلات تركية غارات على مواقع لحزب العمال الكردستاني في شمال العراق، "
        "فيما قالت وزارة الدفاع في أنقرة إن العملية ناجحة.",
        "IRQ",
    ),
    # unchanged: a strike in the striker's own country, no other country's place after it
    ("Syrian government forces attacked rebels in Idlib on Monday, as talks opened in Geneva.", "SYR"),
    ("Israeli jets struck Hamas targets in Gaza on Monday, as sirens sounded in Tel Aviv.", "PSE"),
]


@pytest.mark.parametrize(("text", "country"), CASES)
def test_a_strike_is_placed_where_the_fire_fell(text, country):
    attack = next(e for e in extract(text, "2024-01-14") if e["event_type"] == "attack")
    assert attack["location"]["country"] == country, attack


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a strike naming only its striker, in a story filed from a country its body names: there
        (
            "MARJAYOUN, Lebanon (Reuters) - Convoys crossed bridges hastily repaired after Israeli air raids, "
            "villagers said. Lebanese troops moved south.",
            "LBN",
        ),
        ("بيروت - عبرت القوافل جسورا رممت على عجل بعد غارات إسرائيلية، بحسب قرويين. وتحرك الجيش اللبناني جنوبا.", "LBN"),
        # its speaker of the newsroom's country, at home
        ("DAMASCUS (Reuters) - Turkish shelling killed five civilians on Monday, Syrian state media said.", "SYR"),
        ("BEIRUT (Reuters) - Israeli air strikes killed 12 people on Tuesday, Lebanon's health ministry said.", "LBN"),
        ("دمشق - قتل خمسة مدنيين في قصف تركي، الاثنين، بحسب وسائل إعلام سورية.", "SYR"),
        # the newsroom's country named nowhere past the dateline: not placed there
        ("DUBAI (Reuters) - Israeli air strikes killed five people on Monday, officials said.", "ISR"),
        ("DUBAI (Reuters) - Israeli air strikes killed 12 people on Tuesday, Iranian media said.", "ISR"),
        ("دبي - قتل خمسة أشخاص في غارات إسرائيلية، الاثنين، وفق مسؤولين.", "ISR"),
    ],
)
def test_a_strike_by_its_striker_alone_is_in_the_country_the_story_is_filed_from(text, country):
    attacks = [e for e in extract(text, "2023-06-01") if e["event_type"] == "attack"]
    assert [(e["location"] or {}).get("country") for e in attacks][:1] == [country]
