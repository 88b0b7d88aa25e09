"""A catalogued event told by a name that holds a place of the catalog's country took place there,
whatever other city of its countries its sentence names."""

from __future__ import annotations

import pytest

from events.assemble.places import _catalogued_location
from events.model import Event, PlaceMention
from events.places import load_gazetteer
from events.reference import load_catalog
from tests.unit.test_extraction_support import extract, of_type

TRIPOLI_LY = ("طرابلس", "Tripoli", "LBY", 32.89, 13.19)
TRIPOLI_LB = ("طرابلس", "Tripoli", "LBN", 34.43, 35.84)
DOHA = ("الدوحة", "Doha", "QAT", 25.29, 51.53)


@pytest.mark.parametrize(
    ("entry_id", "name", "city", "country"),
    [
        # the name holds the place: the catalog's place wins over another city of the sentence
        ("skhirat_agreement_2015", "اتفاق الصخيرات", TRIPOLI_LY, "MAR"),
        ("skhirat_agreement_2015", "Skhirat agreement", TRIPOLI_LY, "MAR"),
        ("taif_agreement_1989", "اتفاق الطائف", TRIPOLI_LB, "SAU"),
        ("taif_agreement_1989", "Taif Agreement", TRIPOLI_LB, "SAU"),
        ("riyadh_supplementary_agreement_2014", "اتفاق الرياض التكميلي", DOHA, "SAU"),
        # a name that holds no place: a city of the event's countries still gives the place
        ("skhirat_agreement_2015", "الاتفاق السياسي الليبي", TRIPOLI_LY, "LBY"),
        ("skhirat_agreement_2015", "Libyan Political Agreement", TRIPOLI_LY, "LBY"),
    ],
)
def test_a_place_in_the_name_of_a_catalogued_event_is_its_place(entry_id, name, city, country):
    arabic, english, iso3, lat, lon = city
    sentence = f"خرج المتظاهرون في {arabic} ضد {name}."
    at = sentence.index(arabic)
    place = PlaceMention(at, at + len(arabic), arabic, english, iso3, lat, lon, "city")
    event = Event("e", "a", "agreement", None, "2015-12-17", "day", "reference", "", sentence, name)
    event.location = {"name": english, "country": iso3, "lat": lat, "lon": lon, "precision": "city"}
    entry = load_catalog().get(entry_id)
    assert entry is not None and iso3 in entry.countries
    found = _catalogued_location(event, place, entry, load_gazetteer(), sentence, name)
    assert found["country"] == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The GNA in Tripoli was created under the UN-backed Skhirat agreement.", "MAR"),
    ],
)
def test_a_named_agreement_told_beside_another_city(text, country):
    (deal,) = of_type(extract(text, "2020-10-24"), "agreement")
    assert deal["location"]["country"] == country
