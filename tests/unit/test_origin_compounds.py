"""A name joined to a word of origin ("U.S.-educated", "British-born", "Russian-made", «إيرانية
الصنع») tells where a person or a thing comes from: no party, no place of the deed and no country
the article is about. A name joined to a word of backing or leading ("Iran-backed", "Saudi-led")
stays a party (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

_BOLIVIA = (
    "Bolivia's new president Carlos Mesa was sworn in before Congress in La Paz on Friday. "
    "His predecessor, a U.S.-educated mining millionaire, took office for a second time in August 2002."
)


@pytest.mark.parametrize(
    ("text", "event_type", "countries", "place"),
    [
        ("Police arrested a British-born cleric in Amman on Monday.", "arrest", ["JOR"], "JOR"),
        ("Syrian air defences shot down a Russian-made jet over Idlib on Monday.", "attack", ["SYR"], "SYR"),
        ("وأسقطت الدفاعات الجوية السورية طائرة روسية الصنع فوق إدلب يوم الاثنين.", "attack", ["SYR"], "SYR"),
        ("واعتقلت الشرطة الأردنية داعية بريطاني المولد في عمان يوم الاثنين.", "arrest", ["JOR"], "JOR"),
    ],
)
def test_a_name_of_origin_is_no_party_and_no_place(text, event_type, countries, place) -> None:
    found = of_type(extract(text, "2019-10-16"), event_type)
    assert [(sorted(e["countries"]), (e["location"] or {}).get("country")) for e in found] == [(countries, place)]


def test_a_name_of_origin_is_no_country_the_article_is_about() -> None:
    found = [e for e in of_type(extract(_BOLIVIA, "2003-10-18"), "appointment") if e["date"] == "2002-08"]
    assert [(e["countries"], (e["location"] or {}).get("country")) for e in found] == [(["BOL"], "BOL")]


@pytest.mark.parametrize(
    ("text", "event_type", "party"),
    [
        ("Russian-backed separatists shelled Ukrainian positions near Donetsk on Monday.", "attack", "RUS"),
        ("Saudi-led coalition jets struck Sanaa on Monday.", "attack", "SAU"),
    ],
)
def test_a_name_of_backing_or_leading_stays_a_party(text, event_type, party) -> None:
    found = of_type(extract(text, "2019-10-16"), event_type)
    assert found and party in found[0]["countries"]
