"""The dateline that opens a story is where it was filed: a lead's deed placed by it is placed
only for want of a place of its own, so a telling that names the deed's own city is the same
deed, not one in another city. Two cities each named in its deed's own sentence keep two deeds
apart."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "CAIRO (Reuters) - Egypt and Russia signed an agreement on Tuesday to build a nuclear plant. "
            "Officials from the two countries signed the agreement at Dabaa on the Mediterranean coast on Tuesday.",
            1,
        ),
        (
            "القاهرة - وقعت مصر وروسيا أمس الثلاثاء اتفاقا لبناء أول محطة نووية في مصر. "
            "ووقع مسؤولون من البلدين مذكرة تفاهم لبناء المحطة في الضبعة على ساحل البحر المتوسط.",
            1,
        ),
        # each sentence names a city of its own deed: two deals
        (
            "Egypt and Russia signed an energy deal in Cairo on Tuesday. "
            "Egypt and Russia also signed a grain deal in Alexandria on Tuesday.",
            2,
        ),
    ],
)
def test_a_place_of_the_dateline_keeps_no_telling_apart(text, places):
    found = of_type(extract(text, "2024-03-06"), "agreement")
    assert len(found) == places, [(e["date"], e["trigger"], (e.get("location") or {}).get("name")) for e in found]


@pytest.mark.parametrize(
    ("text", "event_type", "place"),
    [
        # the sentence names the visit's own country: the newsroom at home is not where it went
        ("ANKARA, Oct 12 (Reuters) - Turkish President Tayyip Erdogan arrived in Qatar on Monday for a two-day visit.", "visit", "Qatar"),
        ("أنقرة - وصل الرئيس التركي رجب طيب أردوغان إلى قطر، اليوم الاثنين، في زيارة رسمية تستغرق يومين.", "visit", "Qatar"),
        ("WASHINGTON, Oct 12 (Reuters) - U.S. troops arrived in Poland on Monday, the Pentagon said.", "deployment", "Poland"),
        # the dateline's city still places a deed of its own country, or one its sentence places nowhere
        ("DOHA, Oct 12 (Reuters) - Turkish President Tayyip Erdogan arrived in Qatar on Monday for a two-day visit.", "visit", "Doha"),
        ("الدوحة - وصل الرئيس التركي رجب طيب أردوغان إلى قطر، اليوم الاثنين، في زيارة رسمية.", "visit", "Doha"),
        ("SOCHI, Russia, Oct 12 (Reuters) - Turkish President Tayyip Erdogan met Russian President Vladimir Putin on Monday.", "meeting", "Sochi"),
        # a dateline of two cities is a shared byline: it places no deed by itself
        ("MOSCOW/KYIV (Reuters) - Russia and Ukraine agreed on Monday to exchange prisoners.", "agreement", None),
        ("KYIV/MOSCOW, Oct 12 (Reuters) - Russia and Ukraine agreed on Monday to exchange prisoners.", "agreement", None),
        ("موسكو/كييف - اتفقت روسيا وأوكرانيا يوم الاثنين على تبادل الأسرى.", "agreement", None),
        # one city, or a city and its country, still does
        ("MOSCOW (Reuters) - Russia and Ukraine agreed on Monday to exchange prisoners.", "agreement", "Moscow"),
        ("موسكو - اتفقت روسيا وأوكرانيا يوم الاثنين على تبادل الأسرى.", "agreement", "Moscow"),
        # the deed's own clause still places it
        ("MOSCOW/KYIV (Reuters) - Russia and Ukraine agreed in Istanbul on Monday to exchange prisoners.", "agreement", "Istanbul"),
    ],
)
def test_a_dateline_city_of_another_country_leaves_the_stated_place(text, event_type, place):
    found = of_type(extract(text, "2020-10-12"), event_type)
    assert [(e.get("location") or {}).get("name") for e in found][:1] == [place]

