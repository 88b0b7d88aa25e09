"""A clause of purpose after the word of talks, a call or a visit (ليجدد موقف المملكة, لمعرفة كيف
..., to reaffirm, to reiterate, to find out how) opens what was said or asked in them, as لبحث and
"to discuss" do: a country named there is their topic, no party, when a party with a country is
named before it. The parties before it stay."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


def _talks(text: str, published: str) -> list[set[str]]:
    return [set(e["countries"]) for e in extract(text, published) if e["event_type"] in ("meeting", "visit")]


@pytest.mark.parametrize(
    ("text", "published", "countries"),
    [
        (
            "واتصل العاهل السعودي الملك سلمان بالرئيس الأمريكي دونالد ترامب الاثنين ليجدد موقف المملكة من حق الشعب الفلسطيني في قيام دولته.",
            "2018-04-16",
            {"SAU", "USA"},
        ),
        (
            "تحدثت وزيرة الخارجية الكندية الخميس مع نظيرها الألماني لمعرفة كيف حلت بلاده خلافها مع السعودية.",
            "2018-08-10",
            {"CAN", "DEU"},
        ),
        (
            "King Salman held a phone call with President Donald Trump on Monday to reaffirm the kingdom's support for a Palestinian state.",
            "2018-04-16",
            {"SAU", "USA"},
        ),
        (
            "King Salman spoke with President Donald Trump by phone on Monday to reiterate his support for the Palestinians.",
            "2018-04-16",
            {"SAU", "USA"},
        ),
        (
            "Canada's foreign minister spoke with her German counterpart on Thursday to find out how Berlin settled its dispute with Saudi Arabia.",
            "2018-08-10",
            {"CAN", "DEU"},
        ),
    ],
)
def test_a_country_of_the_purpose_is_no_party(text, published, countries):
    assert _talks(text, published) == [countries]


@pytest.mark.parametrize(
    ("text", "published", "countries"),
    [
        # the host named before the purpose stays
        ("زار الرئيس التركي الدوحة الاثنين ليؤكد دعم بلاده لقطر.", "2018-04-16", {"TUR", "QAT"}),
        ("Erdogan visited Doha on Monday to reaffirm Turkey's support for Qatar.", "2018-04-16", {"TUR", "QAT"}),
        # no purpose word: the sides stay
        ("بحث الرئيس المصري مع نظيره الفلسطيني محمود عباس في القاهرة الاثنين الأوضاع في غزة.", "2018-04-16", {"EGY", "PSE"}),
    ],
)
def test_the_parties_before_the_purpose_stay(text, published, countries):
    assert _talks(text, published) == [countries]
