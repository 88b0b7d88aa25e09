"""A country a place is said to lie near ("قرب الحدود مع العراق", "near the border with Iraq")
is neither a party nor the place; one across the border ("عبر الحدود مع سوريا") is."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "kept", "neighbours"),
    [
        (
            "أعلن الحرس الثوري الإيراني أنه قتل ثلاثة مسلحين في عملية أمنية نفذها، السبت، في غرب البلاد قرب الحدود مع العراق.",
            "2018-07-14",
            {"IRN"},
            {"IRQ"},
        ),
        (
            "كثفت قوات النظام السوري قصفها على محافظة درعا حيث تدور اشتباكات عنيفة في منطقة تكتسب أهمية من "
            "موقعها الحدودي مع إسرائيل والأردن.",
            "2018-06-26",
            {"SYR"},
            {"ISR", "JOR"},
        ),
        (
            "Iran's Revolutionary Guards said they killed three militants in an operation on Saturday near the border with Iraq.",
            "2018-07-14",
            {"IRN"},
            {"IRQ"},
        ),
        # a relative clause of what the neighbour did, not of what it saw, leaves it a neighbour
        (
            "Turkish warplanes struck Kurdish militants in southeastern Turkey near the border with Iraq, which "
            "condemned the raids.",
            "2018-07-14",
            {"TUR"},
            {"IRQ"},
        ),
        (
            "قصفت المقاتلات التركية مواقع للمسلحين الأكراد في جنوب شرق تركيا قرب الحدود مع العراق، الذي ندد بالغارات.",
            "2018-07-14",
            {"TUR"},
            {"IRQ"},
        ),
        # across the border, the neighbour is where it happens
        ("وشنت أنقرة عمليتين عسكريتين عبر الحدود مع سوريا يوم السبت.", "2018-08-26", {"TUR", "SYR"}, set()),
    ],
)
def test_a_neighbour_is_not_a_party(text, published, kept, neighbours):
    found = of_type(extract(text, published), "attack")
    assert found, extract(text, published)
    countries = set(found[0]["countries"]) | {(found[0]["location"] or {}).get("country")}
    assert kept <= countries and not (neighbours & countries), found


@pytest.mark.parametrize(
    ("text", "kept", "neighbour"),
    [
        ("Algerian police arrested businessman Ali Haddad on Sunday at the Oum Teboul crossing on the border with Tunisia.", "DZA", "TUN"),
        ("اعتقلت الشرطة الجزائرية الأحد رجل الأعمال علي حداد في معبر على الحدود مع تونس.", "DZA", "TUN"),
    ],
)
def test_a_crossing_on_the_border_lies_in_the_country_that_holds_it(text, kept, neighbour):
    (arrest,) = of_type(extract(text, "2019-04-01"), "arrest")
    countries = set(arrest["countries"]) | {(arrest["location"] or {}).get("country")}
    assert kept in countries and neighbour not in countries, arrest
