"""A place named after a word of topic that follows the event word (بشأن, حول, regarding,
concerning, about) is what a deal or an appointment is about, not where it was made: the
event takes its place from its catalog entry, its parties, or none; its countries stay.
A name read after "in" or في, and حول or about meaning around or nearly beside fighting,
still place the deed (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


def _found(text: str, published: str, event_type: str) -> list[dict]:
    return of_type(extract(text, published), event_type)


def _places(text: str, published: str, event_type: str) -> list[str | None]:
    return [(e["location"] or {}).get("country") for e in _found(text, published, event_type)]


@pytest.mark.parametrize(
    ("text", "event_type", "place"),
    [
        # a catalogued deal about a city: made where the catalog says (Sochi), not in the city
        (
            'اعتبر الرئيس السوري، بشار الأسد، أن الاتفاق الروسي-التركي بشأن إدلب "مؤقتا" وأشار إلى أن النظام حقق مكاسب كبيرة منه.',
            "agreement",
            "RUS",
        ),
        (
            "Syrian President Bashar al-Assad said on Monday that the Russian-Turkish agreement regarding Idlib was temporary.",
            "agreement",
            "RUS",
        ),
        # an envoy named for a country: named at home by the state that sends him
        (
            "وقال جيفري الذي عُين يوم 17 أغسطس آب مستشارا خاصا لوزير الخارجية مايك بومبيو بشأن سوريا إن الولايات المتحدة لن تنسحب.",
            "appointment",
            "USA",
        ),
        (
            "The State Department appointed James Jeffrey on Friday as special representative concerning Syria.",
            "appointment",
            "USA",
        ),
        # a deal about a withdrawal from a land, told with no place of its own: none
        (
            "أكد مندوب روسيا الدائم لدى الأمم المتحدة فاسيلي نيبينزيا التوصل إلى اتفاق حول سحب القوات الإيرانية "
            "من مناطق جنوب غرب سوريا قرب الحدود مع إسرائيل.",
            "agreement",
            None,
        ),
        (
            "Russia and Israel reached an agreement about the withdrawal of Iranian forces from southwestern Syria on Thursday.",
            "agreement",
            None,
        ),
    ],
)
def test_a_place_talked_about_is_not_where(text, event_type, place):
    assert _places(text, "2018-10-08", event_type) == [place]


@pytest.mark.parametrize(
    ("text", "event_type", "place"),
    [
        # a place after في inside the topic is where the deal was signed
        ("وقعت مصر والسودان أمس اتفاقا بشأن مياه النيل في الخرطوم.", "agreement", "SDN"),
        # حول and about as around and nearly beside fighting: the scene
        ("اندلعت معارك عنيفة حول مطار طرابلس الدولي أمس.", "attack", "LBY"),
        ("An air strike killed about 40 people near Aleppo on Monday.", "attack", "SYR"),
    ],
)
def test_a_place_of_the_deed_stays(text, event_type, place):
    assert _places(text, "2018-10-08", event_type) == [place]


@pytest.mark.parametrize(
    ("text", "event_type", "countries"),
    [
        (
            'اعتبر الرئيس السوري، بشار الأسد، أن الاتفاق الروسي-التركي بشأن إدلب "مؤقتا" وأشار إلى أن النظام حقق مكاسب كبيرة منه.',
            "agreement",
            ["RUS", "SYR", "TUR"],
        ),
        (
            "Russia and Israel reached an agreement about the withdrawal of Iranian forces from southwestern Syria on Thursday.",
            "agreement",
            ["IRN", "ISR", "RUS", "SYR"],
        ),
    ],
)
def test_the_countries_stay(text, event_type, countries):
    assert [sorted(e["countries"]) for e in _found(text, "2018-10-08", event_type)] == [countries]
