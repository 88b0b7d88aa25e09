"""Two deeds of one type told by two verbs, each with a day of its own: the second verb joined by
ثم or كما, or by و written on it right after the first deed's day ("اعتقلت الشرطة ناشطين يوم
الاثنين واحتجزت صحفيا يوم الثلاثاء"), takes the day after it, as after "and" in English; one deed
told by two verbs with nothing between them, or a second verb with the first one's object as a
pronoun, stays one. A place named after the first verb, before the second, is the first deed's: the
second takes the place of its own stretch."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2024-03-10"  # a Sunday


@pytest.mark.parametrize(
    ("text", "kind", "dates"),
    [
        ("اعتقلت الشرطة ناشطين اثنين في القاهرة يوم الاثنين واحتجزت صحفيا في الإسكندرية يوم الثلاثاء.", "arrest", ["2024-03-04", "2024-03-05"]),
        ("Police arrested two activists in Cairo on Monday and detained a journalist in Alexandria on Tuesday.", "arrest", ["2024-03-04", "2024-03-05"]),
        ("شنت الطائرات غارات على غزة يوم الأحد ثم قصفت مواقع في رفح يوم الاثنين.", "attack", ["2024-03-04", "2024-03-10"]),
        ("The army shelled villages in Idlib on Sunday and then bombed a market in Aleppo on Tuesday.", "attack", ["2024-03-05", "2024-03-10"]),
        ("زار الوزير باريس يوم الاثنين ثم توجه إلى برلين يوم الأربعاء.", "visit", ["2024-03-04", "2024-03-06"]),
        ("The minister visited Paris on Monday and then travelled to Berlin on Wednesday.", "visit", ["2024-03-04", "2024-03-06"]),
        ("وقعت مصر اتفاقية مع السودان يوم الأحد، كما وقعت اتفاقا مع ليبيا يوم الاثنين.", "agreement", ["2024-03-04", "2024-03-10"]),
        ("Egypt signed a deal with Sudan on Sunday and signed an accord with Libya on Monday.", "agreement", ["2024-03-04", "2024-03-10"]),
        ("أرسلت تركيا قوات إلى ليبيا في يناير ونشرت جنودا في قطر في يونيو.", "deployment", ["2023-06", "2024-01"]),
        ("Turkey sent troops to Libya in January and deployed soldiers in Qatar in June.", "deployment", ["2023-06", "2024-01"]),
    ],
)
def test_second_verb_takes_its_own_day(text: str, kind: str, dates: list[str]) -> None:
    assert sorted(e["date"] for e in of_type(extract(text, PUBLISHED), kind)) == dates


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        # one deed told by two verbs with nothing between them
        ("اقتحم مسلحون وسيطروا على مبنى الحكومة في طرابلس يوم الجمعة.", "attack", 1),
        ("Gunmen stormed and seized the government building in Tripoli on Friday.", "attack", 1),
        # the second verb's object is the first one's, as a pronoun, on the same day
        ("شنت الطائرات غارة على غزة وقصف المدينة يوم الأحد.", "attack", 1),
        ("Israeli forces bombed the building and destroyed it on Sunday.", "attack", 1),
    ],
)
def test_one_deed_told_twice(text: str, kind: str, count: int) -> None:
    assert len(of_type(extract(text, PUBLISHED), kind)) == count


@pytest.mark.parametrize(
    ("text", "kind", "told"),
    [
        (
            "اعتقلت الشرطة ناشطين اثنين في القاهرة يوم الاثنين واحتجزت صحفيا في الإسكندرية يوم الثلاثاء.",
            "arrest",
            [("2024-03-04", "EGY", "Cairo"), ("2024-03-05", "EGY", "Alexandria")],
        ),
        (
            "Police arrested two activists in Cairo on Monday and detained a journalist in Alexandria on Tuesday.",
            "arrest",
            [("2024-03-04", "EGY", "Cairo"), ("2024-03-05", "EGY", "Alexandria")],
        ),
        (
            "Israeli jets struck positions near Damascus on Sunday and bombed a weapons depot in Homs on Monday.",
            "attack",
            [("2024-03-04", "SYR", "Homs"), ("2024-03-10", "SYR", "Damascus")],
        ),
    ],
)
def test_second_deed_takes_the_place_of_its_own_clause(text: str, kind: str, told: list[tuple[str, str, str]]) -> None:
    found = of_type(extract(text, PUBLISHED), kind)
    assert sorted((e["date"], e["location"]["country"], e["location"]["name"]) for e in found) == told
