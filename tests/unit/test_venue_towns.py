"""Towns and venues where summits and talks were held, read as places (gazetteer_curated.json)."""

from __future__ import annotations

import pytest

from events.places import find_places, load_gazetteer
from events.text.normalize import fold
from tests.unit.test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "context", "name", "country"),
    [
        ("Gulf leaders met in the Saudi oasis town of AlUla on Tuesday.", (), "AlUla", "SAU"),
        ("The emir arrived in Al-Ula on Tuesday morning.", (), "Al-Ula", "SAU"),
        ("وصل أمير قطر إلى العلا صباح الثلاثاء.", ("SAU", "QAT"), "العلا", "SAU"),
        ("Talks began on Monday at the Palais des Nations.", (), "Palais des Nations", "CHE"),
        ("انطلقت المحادثات الاثنين في قصر الأمم.", (), "قصر الأمم", "CHE"),
        ("RIMBO, Sweden (AP) - Yemen's warring parties agreed on Thursday.", (), "RIMBO", "SWE"),
        ("انطلقت المشاورات في ريمبو شمال ستوكهولم.", (), "ريمبو", "SWE"),
        ("Russian forces seized the Hostomel airport near Kyiv.", (), "Hostomel", "UKR"),
        ("سيطرت القوات الروسية على مطار هوستوميل قرب كييف.", (), "هوستوميل", "UKR"),
    ],
)
def test_a_venue_town_is_a_place(text, context, name, country):
    found = find_places(text, fold(text), load_gazetteer(), context)
    assert any(p.text == name and p.country == country for p in found)


@pytest.mark.parametrize(
    "text",
    [
        "قال المحامي أبو العلا ماضي إن الحزب سيشارك.",  # a personal name, no place
    ],
)
def test_a_personal_name_is_no_venue(text):
    found = find_places(text, fold(text), load_gazetteer(), ("EGY",))
    assert not any(p.country == "SAU" for p in found)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Qatar's Emir Sheikh Tamim bin Hamad arrived in Al-Ula on Tuesday morning for a visit.", "SAU"),
    ],
)
def test_a_visit_to_a_venue_town(text, country):
    (visit,) = of_type(extract(text, "2021-01-06"), "visit")
    assert visit["location"]["country"] == country
