"""Round 21: constructions of news prose.

A protest, a meeting or an attack named by its definite noun as the object of a verb acting on it
(dispersed the protest, condemned the attack, «فرّقت الشرطة التظاهرة») is the deed told before,
not a new deed of the publication's day.

A nisba right after a noun of a person's role or trade (رجل الأعمال الجزائري، الصحفي المغربي) is
that person's nationality and gives its country; after a given name it is a family name."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2020-11-10"  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the protest told before, then dispersed: one protest, on its day
        ("Police fired tear gas at protesters in Baghdad on Friday. Officers later dispersed the protest and detained 20 people.",
         [("attack", "2020-11-06"), ("protest", "2020-11-06")]),
        ("Police fired tear gas at protesters in Baghdad on Friday. Officers later dispersed the protesters and detained 20 people.",
         [("attack", "2020-11-06"), ("protest", "2020-11-06")]),
        ("Hundreds of teachers staged a sit-in outside parliament in Rabat on Sunday. Police ended the sit-in by force.",
         [("protest", "2020-11-08")]),
        ("Protesters rallied in Beirut on Saturday. Riot police broke up the rally in the evening.", [("protest", "2020-11-07")]),
        ("أطلقت الشرطة الغاز المسيل للدموع على المحتجين في بغداد يوم الجمعة. وفرقت قوات الأمن لاحقا الاحتجاج واعتقلت 20 شخصا.",
         [("protest", "2020-11-06")]),
        ("تظاهر آلاف العراقيين في بغداد يوم الجمعة. وفضت قوات الأمن المظاهرة بالقوة.", [("protest", "2020-11-06")]),
        ("نظم مئات المعلمين اعتصاما أمام مقر البرلمان في الرباط يوم الأحد. وأنهت قوات الأمن الاعتصام بالقوة.",
         [("protest", "2020-11-08")]),
        # told first, the dispersed protest is the article's own news
        ("Police dispersed the protest outside the parliament in Baghdad and detained 20 people.", [("protest", "2020-11-10")]),
        # a protest of another day, dated, stays apart
        ("Thousands protested in Baghdad on Friday. On Monday police dispersed a protest in Basra.",
         [("protest", "2020-11-06"), ("protest", "2020-11-09")]),
    ],
)
def test_deed_acted_on_is_the_one_told_before(text: str, expected: list[tuple[str, str]]) -> None:
    found = sorted((e["event_type"], e["date"]) for e in extract(text, PUB))
    assert found == sorted(expected), text


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("اعتقلت السلطات رجل الأعمال الجزائري علي حداد يوم الأحد.", "DZA"),
        ("اعتقلت الشرطة الصحفي المغربي عمر الراضي يوم الأحد.", "MAR"),
        ("اعتقلت قوات الأمن الناشط التونسي في العاصمة يوم الأحد.", "TUN"),
        ("أوقفت السلطات الروائي الجزائري في المطار يوم الأحد.", "DZA"),
    ],
)
def test_nisba_after_a_role_is_a_nationality(text: str, country: str) -> None:
    found = of_type(extract(text, PUB), "arrest")
    assert found and country in found[0]["countries"], (text, found)


@pytest.mark.parametrize(
    "text",
    [
        # after a given name, the nisba is a family name: no country
        "اعتقلت السلطات محمد الجزائري يوم الأحد.",
    ],
)
def test_nisba_after_a_name_stays_a_family_name(text: str) -> None:
    assert not any("DZA" in e["countries"] for e in extract(text, PUB)), text
